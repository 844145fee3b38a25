// An article as tracker reads it: the text exactly as read, the metadata found for it, and the
// parts of the text that are prose (what the extractor reads).
//
// `text` is the file's content after UTF-8 validation with a leading byte-order mark removed;
// nothing else is changed (CRLF stays), so evidence offsets index it directly. Front matter,
// page furniture (share lines, "Loading...", icon names) and metadata lines stay in `text` but
// are left out of `body`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tracker {

// A half-open byte range [start, end) of Article::text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

struct Article {
    std::string text;           // as read: UTF-8, BOM removed, otherwise untouched
    std::string title;
    std::string source;         // the publisher; the file name when none is found
    std::string url;
    std::string path;           // the file it was read from ("-" for standard input)
    std::string author;
    std::string reported_date;  // ISO 8601 date (YYYY-MM-DD), or "" when unknown
    std::vector<Span> body;     // prose blocks (paragraphs, headline, list items), in order
    // What the store derives from the text alone (store::text_digests), when a worker thread has
    // computed it ahead of the store (ingest does: the single writer then has less to do); the
    // store computes it if not.
    struct Digests {
        std::string content_hash;        // store::content_hash(text)
        std::uint64_t copy_simhash = 0;  // xref::copy_simhash(*this)
    };
    std::optional<Digests> digests;
};

// Overrides given on the command line (`ingest --title ...`); empty fields override nothing.
struct ArticleOverrides {
    std::string title;
    std::string source;
    std::string url;
    std::string date;  // ISO 8601
};

}  // namespace tracker
