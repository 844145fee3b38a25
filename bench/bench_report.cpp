// bench_report: what `tracker report` costs (issue 8: a report of 10,000 claims built in under
// a second, in a file under 5 MB).
//
//     bench_report DB [--runs N] [--out FILE]
//         On an existing database (bench/report.sh builds one from bench/generate_corpus.py's
//         articles with `tracker ingest`), times each step of a report of every claim, median of
//         N runs (default 5): gather_report (the store's reads), html_report, markdown_report.
//         Prints the counts and the sizes of both outputs; --out keeps the HTML.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/report_model.h"
#include "timing.h"
#include "tracker/extract.h"
#include "tracker/store.h"

namespace tracker::bench {

namespace {

// Median seconds of `runs` calls of `step`, and its last result.
template <class Step>
auto timed(int runs, Step step, double* seconds) {
    decltype(step()) result;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch clock;
        result = step();
        times.push_back(clock.seconds());
    }
    *seconds = median(times);
    return result;
}

int run(const std::string& db, int runs, const std::string& out) {
    auto extractor = extract::Extractor::load();
    if (!extractor) {
        fmt::print(stderr, "bench_report: {}\n", extractor.error().message());
        return 1;
    }
    auto store = open_store(db, (*extractor)->families());
    double gather_s = 0, html_s = 0, markdown_s = 0;
    const report::ReportModel model = timed(runs, [&] { return report::gather_report(*store, {}); }, &gather_s);
    const std::string html = timed(runs, [&] { return report::html_report(model); }, &html_s);
    const std::string markdown = timed(runs, [&] { return report::markdown_report(model); }, &markdown_s);
    fmt::print("report of {} claims, {} propositions, {} articles (median of {} runs)\n", model.claims,
               model.propositions.size(), model.articles.size(), runs);
    fmt::print("  gather_report    {:7.1f} ms\n", gather_s * 1e3);
    fmt::print("  html_report      {:7.1f} ms  {:.2f} MB ({} bytes per claim)\n", html_s * 1e3,
               static_cast<double>(html.size()) / 1e6, html.size() / std::max<std::size_t>(1, model.claims));
    fmt::print("  markdown_report  {:7.1f} ms  {:.2f} MB\n", markdown_s * 1e3, static_cast<double>(markdown.size()) / 1e6);
    fmt::print("  gather + html    {:7.1f} ms\n", (gather_s + html_s) * 1e3);
    if (!out.empty()) std::ofstream(out, std::ios::binary) << html;
    return 0;
}

}  // namespace

}  // namespace tracker::bench

int main(int argc, char** argv) {
    std::string db, out;
    int runs = 5;
    bool usage = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--out" && i + 1 < argc) out = argv[++i];
        else if (db.empty() && !arg.starts_with("-")) db = arg;
        else usage = true;
    }
    if (usage || db.empty()) {
        fmt::print(stderr, "usage: bench_report DB [--runs N] [--out FILE]\n");
        return 2;
    }
    return tracker::bench::run(db, runs, out);
}
