// The benchmarks' input: every article of a folder, read and parsed into memory before any clock
// starts, so that what is timed is the stage under test and not the disk or the reader.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tracker/article.h"

namespace tracker::bench {

struct ArticleFolder {
    std::vector<Article> articles;
    std::size_t text_bytes = 0;  // sum of Article::text sizes: what "MB" means in every figure
    int rejected = 0;            // files the reader refused (reported on standard error)
};

// Reads every article under `folder` (as `tracker ingest FOLDER` lists them, in the same order).
ArticleFolder load_article_folder(const std::string& folder);

// MB as the benchmarks print it: 10^6 bytes.
inline double megabytes(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

}  // namespace tracker::bench
