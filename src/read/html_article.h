// An HTML page read as an article: the plain text of its main content and the metadata the page
// declares. For .html and .htm input only; Article::text is then this text, not the markup.
//
// Text: the blocks main_content.h finds (structure, paragraph scores, link density, names of
// furniture), written block by block: paragraphs, headings, list items, table cells and other
// blocks become paragraphs separated by a blank line, whitespace inside them collapsed to single
// spaces. When the main content's text is under 500 bytes under every rule, and the page's
// JSON-LD articleBody is longer, that text is taken instead (pages that build their article with
// a script).
//
// Metadata: page_metadata.h (title, publisher, date, author, canonical URL).
//
// A page nested deeper than k_max_html_depth (html_nesting.h) is refused before gumbo reads it.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace tracker::read {

struct HtmlArticle {
    std::string text;
    std::string title;
    std::string source;
    std::string date;  // YYYY-MM-DD, or empty
    std::string author;
    std::string url;
};

// `html` is valid UTF-8 (checked_utf8_text passed it). The error is the one-line reason the page
// cannot be read: "HTML nested too deeply (over 1000 levels)".
tl::expected<HtmlArticle, std::string> read_html_article(std::string_view html);

}  // namespace tracker::read
