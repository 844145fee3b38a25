// bench_extract: how fast the extractor reads, single-threaded, on articles already in memory.
//
//     bench_extract FOLDER [--runs N]
//
// Times (a) sentence segmentation alone (extract::split_sentences over every Article::body span,
// the splitter the extractor itself calls) and (b) full extraction (Extractor::extract), each
// over all articles, N times (default 3), and prints the median run. Issue 7's target for (b) is
// 250k sentences/s per core. Sentences are counted by (a), so both rates share one numerator.
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
    double seconds = 0;
    std::size_t count = 0;  // sentences for segmentation, claims for extraction
};

Pass segment_all(const std::vector<Article>& articles) {
    const Stopwatch clock;
    std::size_t sentences = 0;
    for (const Article& a : articles)
        for (const Span& block : a.body) sentences += extract::split_sentences(a.text, block).size();
    return {clock.seconds(), sentences};
}

Pass extract_all(const extract::Extractor& extractor, const std::vector<Article>& articles) {
    const Stopwatch clock;
    std::size_t claims = 0;
    for (const Article& a : articles) claims += extractor.extract(a).size();
    return {clock.seconds(), claims};
}

// Runs `pass` `runs` times: the median time, and the count (the same in every run).
template <class F>
Pass median_of(int runs, F pass) {
    std::vector<double> times;
    Pass last;
    for (int i = 0; i < runs; ++i) {
        last = pass();
        times.push_back(last.seconds);
    }
    return {median(times), last.count};
}

void print_rate(const char* what, std::size_t sentences, std::size_t bytes, double seconds) {
    fmt::print("{:<14}{} sentences, {:.1f} MB in {:.3f} s: {:.0f} sentences/s, {:.2f} MB/s\n", what, sentences,
               megabytes(bytes), seconds, static_cast<double>(sentences) / seconds, megabytes(bytes) / seconds);
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
    const Pass segmentation = median_of(runs, [&] { return segment_all(input.articles); });
    const Pass extraction = median_of(runs, [&] { return extract_all(**extractor, input.articles); });
    print_rate("segmentation:", segmentation.count, input.text_bytes, segmentation.seconds);
    print_rate("extraction:", segmentation.count, input.text_bytes, extraction.seconds);
    fmt::print("{:<14}{} ({:.2f} per article); segmentation is {:.0f}% of extraction time\n", "claims:",
               extraction.count, static_cast<double>(extraction.count) / static_cast<double>(input.articles.size()),
               100.0 * segmentation.seconds / extraction.seconds);
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
