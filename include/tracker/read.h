// Reading articles: bytes in, Article out.
//
// A reader validates the bytes (UTF-8, not binary, not empty, not over the size cap), takes the
// front matter when there is one, else finds title, publisher and date in the text, marks the
// prose blocks that the extractor will read, and leaves the text exactly as it was.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/article.h"
#include "tracker/error.h"

namespace tracker::read {

inline constexpr std::size_t k_max_article_bytes = 10 * 1024 * 1024;

// What is known of an input apart from its bytes.
struct InputInfo {
    std::string path;  // as given; "-" for standard input
    // The file's modification time (or now, for standard input): the reference for "Published
    // 16 hours ago", never a date of its own (issue 16: an undated article stays undated).
    std::chrono::system_clock::time_point modified;
    // Read as an HTML page whatever `path` says (a page fetched from the web has no file name).
    bool html = false;
    // What title and source fall back to when nothing names them; "" for the file's name.
    std::string fallback_name{};
};

// Parses one article. `bytes` is the whole input. Errors name info.path.
Expected<Article> parse_article(std::string_view bytes, const InputInfo& info,
                                const ArticleOverrides& overrides = {});

// Reads and parses a file (or standard input for "-").
Expected<Article> read_article(const std::string& path, const ArticleOverrides& overrides = {});

// Expands the command line's paths: folders recursively (files ending in .txt, .md, .markdown,
// .html, .htm), in a stable (sorted) order; files and "-" as given. A path that does not exist
// comes back as an Error in `rejected`.
struct InputList {
    std::vector<std::string> files;
    std::vector<Error> rejected;
};
InputList list_inputs(const std::vector<std::string>& paths);

}  // namespace tracker::read
