// bench_extract: how fast the extractor reads, single-threaded, on articles already in memory.
//
//     bench_extract FOLDER [--runs N]
//
// Times (a) sentence segmentation alone (extract::split_sentences over every Article::body span,
// the splitter the extractor itself calls) and (b) full extraction (Extractor::extract), each
// over all articles, N times (default 3), and prints the median run. Issue 7's target for (b) is
// 250k sentences/s per core. Sentences are counted by (a), so both rates share one numerator.
//
// Each pass is timed by the wall clock and by the thread's CPU clock: on a machine shared with
// other work the wall time is inflated by waiting for a core, the CPU time much less so. The
// line gives the median wall time ("in N s", as before), then the best wall time and the median
// CPU time.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "article_folder.h"
#include "extract/sentence_splitter.h"
#include "timing.h"
#include "tracker/extract.h"

namespace tracker::bench {

namespace {

struct Pass {
    double seconds = 0;      // wall clock
    double cpu_seconds = 0;  // this thread's CPU time
    std::size_t count = 0;   // sentences for segmentation, claims for extraction
};

// Times `work` (which returns the count) by both clocks.
template <class F>
Pass timed(F work) {
    const Stopwatch clock;
    const CpuStopwatch cpu_clock;
    std::size_t count = work();
    return {clock.seconds(), cpu_clock.seconds(), count};
}

Pass segment_all(const std::vector<Article>& articles) {
    return timed([&] {
        std::size_t sentences = 0;
        for (const Article& a : articles)
            for (const Span& block : a.body) sentences += extract::split_sentences(a.text, block).size();
        return sentences;
    });
}

Pass extract_all(const extract::Extractor& extractor, const std::vector<Article>& articles) {
    return timed([&] {
        std::size_t claims = 0;
        for (const Article& a : articles) claims += extractor.extract(a).size();
        return claims;
    });
}

struct Runs {
    double median_seconds = 0;
    double best_seconds = 0;
    double median_cpu_seconds = 0;
    std::size_t count = 0;  // the same in every run
};

// Runs `pass` `runs` times: the median and best wall times, the median CPU time, and the count.
template <class F>
Runs repeat(int runs, F pass) {
    std::vector<double> wall, cpu;
    Pass last;
    for (int i = 0; i < runs; ++i) {
        last = pass();
        wall.push_back(last.seconds);
        cpu.push_back(last.cpu_seconds);
    }
    return {median(wall), *std::min_element(wall.begin(), wall.end()), median(cpu), last.count};
}

void print_rate(const char* what, std::size_t sentences, std::size_t bytes, const Runs& r) {
    auto rate = [&](double seconds) { return static_cast<double>(sentences) / seconds; };
    fmt::print("{:<14}{} sentences, {:.1f} MB in {:.3f} s: {:.0f} sentences/s, {:.2f} MB/s; best {:.3f} s: {:.0f} "
               "sentences/s; CPU {:.3f} s: {:.0f} sentences/s\n",
               what, sentences, megabytes(bytes), r.median_seconds, rate(r.median_seconds),
               megabytes(bytes) / r.median_seconds, r.best_seconds, rate(r.best_seconds), r.median_cpu_seconds,
               rate(r.median_cpu_seconds));
}

int run(const std::string& folder, int runs) {
    auto extractor = extract::Extractor::load();
    if (!extractor) {
        fmt::print(stderr, "bench_extract: {}\n", extractor.error().message());
        return 1;
    }
    const ArticleFolder input = load_article_folder(folder);
    if (input.articles.empty()) {
        fmt::print(stderr, "bench_extract: no articles in {}\n", folder);
        return 1;
    }
    fmt::print("bench_extract: {} articles, {:.1f} MB, one thread, median of {} run(s)\n", input.articles.size(),
               megabytes(input.text_bytes), runs);
    const Runs segmentation = repeat(runs, [&] { return segment_all(input.articles); });
    const Runs extraction = repeat(runs, [&] { return extract_all(**extractor, input.articles); });
    print_rate("segmentation:", segmentation.count, input.text_bytes, segmentation);
    print_rate("extraction:", segmentation.count, input.text_bytes, extraction);
    fmt::print("{:<14}{} ({:.2f} per article); segmentation is {:.0f}% of extraction time (CPU)\n", "claims:",
               extraction.count, static_cast<double>(extraction.count) / static_cast<double>(input.articles.size()),
               100.0 * segmentation.median_cpu_seconds / extraction.median_cpu_seconds);
    return 0;
}

}  // namespace

}  // namespace tracker::bench

int main(int argc, char** argv) {
    std::vector<std::string> folders;
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else folders.push_back(arg);
    }
    if (folders.size() != 1 || folders[0].starts_with("-")) {
        fmt::print(stderr, "usage: bench_extract FOLDER [--runs N]\n");
        return 2;
    }
    return tracker::bench::run(folders[0], runs);
}
