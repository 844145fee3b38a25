// An HTML page read as an article: the plain text of its main article and the metadata the page
// declares. For .html and .htm input only; Article::text is then this text, not the markup.
//
// Text: the main article is the <article> holding the most text, else <main> (or role="main"),
// else <body>. Paragraphs, headings, list items and other blocks become paragraphs separated by
// a blank line, whitespace inside them collapsed to single spaces. Left out: script, style,
// noscript, template, nav, aside, form, button, select, textarea, svg, iframe, figure, footer,
// header (kept inside an <article>, where it holds the headline), elements marked hidden, and
// elements whose class or id says comments, share, social, related, recommended, newsletter,
// subscribe, cookie, popup, sponsor, promo or ad(s)/advert.
//
// Metadata, first found wins: title from og:title, JSON-LD headline, <title>; source from
// og:site_name, JSON-LD publisher.name; date from article:published_time, JSON-LD datePublished;
// author from JSON-LD author.name, article:author (unless a URL), <meta name="author">; url from
// <link rel="canonical">, og:url.
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
