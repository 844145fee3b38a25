#include <catch2/catch.hpp>

#include "read/html_article.h"

using namespace tracker::read;

TEST_CASE("read_html_article: the main article's blocks, furniture left out", "[read]") {
    auto page = read_html_article(R"(<!DOCTYPE html><html><head><title>T</title>
<style>p { color: red }</style></head><body>
<header><nav><a href="/">Home</a></nav><p>Site header</p></header>
<div class="sidebar-ad"><p>Buy now</p></div>
<article><header><h1>Lab&nbsp;buys   chips</h1></header>
<p>A lab said on <b>Tuesday</b> that it bought
   accelerators.</p>
<div class="share-bar">Share on X</div>
<ul><li>First item.</li><li>Second item.</li></ul>
<aside>Also read this</aside>
<section id="comments"><p>Nice post!</p></section>
<figure><img src="x.png"><figcaption>Photo: Orbital</figcaption></figure>
<p hidden>Hidden text.</p>
<script>document.write("<p>no</p>")</script>
<footer>Tags: chips</footer>
</article>
<footer>Copyright</footer></body></html>)");
    CHECK(page->text ==
          "Lab buys chips\n\n"
          "A lab said on Tuesday that it bought accelerators.\n\n"
          "First item.\n\n"
          "Second item.\n");
}

TEST_CASE("read_html_article: without an article, main or body is read", "[read]") {
    CHECK(read_html_article("<main><p>One.</p><p>Two.</p></main><p>Out.</p>")->text ==
          "One.\n\nTwo.\n");
    CHECK(read_html_article("<p>Just <i>this</i>.</p>")->text == "Just this.\n");
    SECTION("the longest article wins") {
        CHECK(read_html_article("<article><p>Teaser.</p></article>"
                                "<article><p>The whole story is here.</p></article>")
                  ->text == "The whole story is here.\n");
    }
    SECTION("outside an article, a header is page furniture") {
        CHECK(read_html_article("<body><header><p>Site name</p></header><p>Text.</p></body>")
                  ->text == "Text.\n");
    }
}

TEST_CASE("read_html_article: declared metadata, first found wins", "[read]") {
    auto page = read_html_article(R"(<html><head><title>Lab buys chips | Wafer</title>
<meta property="og:title" content="Lab buys chips">
<meta property="og:site_name" content="The Daily Wafer">
<meta property="article:published_time" content="2025-12-03T23:30:00-05:00">
<meta property="article:author" content="https://example.org/ada">
<meta name="author" content="Ada Quill">
<link rel="canonical" href="https://example.org/chips">
<meta property="og:url" content="https://example.org/other">
</head><body><p>Text.</p></body></html>)");
    CHECK(page->title == "Lab buys chips");
    CHECK(page->source == "The Daily Wafer");
    CHECK(page->date == "2025-12-04");
    CHECK(page->author == "Ada Quill");
    CHECK(page->url == "https://example.org/chips");
}

TEST_CASE("read_html_article: JSON-LD fills what the meta tags leave out", "[read]") {
    auto page = read_html_article(R"(<html><head><title>Lab buys chips - Wafer</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lab Buys Chips",
"datePublished": "2025-12-03", "publisher": {"name": "Wafer Media"},
"author": {"name": "Omar Said"}}</script></head><body><p>Text.</p></body></html>)");
    CHECK(page->title == "Lab Buys Chips");
    CHECK(page->source == "Wafer Media");
    CHECK(page->date == "2025-12-03");
    CHECK(page->author == "Omar Said");
    CHECK(read_html_article("<title> Only  a title </title><p>x</p>")->title == "Only a title");
}
