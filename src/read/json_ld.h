// The schema.org NewsArticle an HTML page describes itself with in
// <script type="application/ld+json">: the few fields tracker reads. A minimal reader: it finds
// the first object typed NewsArticle (or Article, BlogPosting, ReportageNewsArticle, ...),
// at the top, in an array, or in an "@graph", and ignores everything else, malformed JSON
// included (a page's broken JSON-LD is no reason to refuse its article). A CDATA wrapper around
// the JSON ("<![CDATA[ ... ]]>", commented out or not) is taken off first.
#pragma once

#include <string>
#include <string_view>

namespace tracker::read {

struct JsonLdArticle {
    std::string headline;
    std::string date_published;  // as written; parse_date_text makes it a date
    std::string publisher;       // publisher.name
    std::string author;          // author.name; several authors joined by ", "
    std::string article_body;    // articleBody: the article's plain text, when the page gives it
};

// Fields found in one script's JSON; empty fields when absent. `found` is false when no article
// object was there.
struct JsonLdScan {
    bool found = false;
    JsonLdArticle article;
};
JsonLdScan scan_json_ld(std::string_view json);

}  // namespace tracker::read
