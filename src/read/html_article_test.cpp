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

namespace {

// Three paragraphs of prose about 200 characters each, as an article's body would hold.
constexpr std::string_view k_story =
    "<p>The ministry said on Tuesday that it would review the licences granted to chip makers, "
    "after a report that accelerators had reached data centres in three provinces.</p>"
    "<p>Officials, speaking on condition of anonymity, said the review would cover shipments "
    "made since March, and that the companies involved had been asked for their records.</p>"
    "<p>The companies did not respond to requests for comment. Analysts said the review, the "
    "second this year, could delay orders placed by cloud providers in the region.</p>";

std::string story_text() {
    return "The ministry said on Tuesday that it would review the licences granted to chip makers, "
           "after a report that accelerators had reached data centres in three provinces.\n\n"
           "Officials, speaking on condition of anonymity, said the review would cover shipments "
           "made since March, and that the companies involved had been asked for their records.\n\n"
           "The companies did not respond to requests for comment. Analysts said the review, the "
           "second this year, could delay orders placed by cloud providers in the region.\n";
}

std::string page(std::string_view body) {
    return "<!DOCTYPE html><html><head><title>T</title></head><body>" + std::string(body) +
           "</body></html>";
}

}  // namespace

TEST_CASE("read_html_article: the block with the most prose wins over menus and link lists", "[read]") {
    std::string html = page(std::string(R"(<div id="top"><ul class="site-links">
<li><a href="/a">World</a></li><li><a href="/b">Business</a></li><li><a href="/c">Technology</a></li>
</ul></div><div class="wrap"><div class="col-8">)") + std::string(k_story) + R"(</div>
<div class="col-4"><h3>Most read</h3><ul><li><a href="/1">A story about something else entirely today</a></li>
<li><a href="/2">Another story about a different matter, read it now</a></li></ul></div></div>
<div class="bottom">&copy; 2025 The Daily Wafer. All rights reserved.</div>)");
    CHECK(read_html_article(html)->text == story_text());
}

TEST_CASE("read_html_article: inside the article, link lists and short boxes are left out", "[read]") {
    std::string html = page(std::string("<article><h1>Ministry reviews chip licences</h1>") +
                            std::string(k_story).substr(0, std::string(k_story).find("</p>") + 4) +
                            R"(<div class="inline-links"><a href="/x">Chip makers face review of licences</a> |
<a href="/y">Accelerators in demand across the region</a></div>
<ul><li>Licences granted since March are covered.</li><li>The records are due in a month.</li></ul>
<div>Advertisement</div>)" + std::string(k_story).substr(std::string(k_story).find("</p>") + 4) +
                            "</article>");
    CHECK(read_html_article(html)->text ==
          "Ministry reviews chip licences\n\n" + story_text().substr(0, story_text().find("\n\n") + 2) +
              "Licences granted since March are covered.\n\nThe records are due in a month.\n\n" +
              story_text().substr(story_text().find("\n\n") + 2));
}

TEST_CASE("read_html_article: consent, newsletter and comment boxes are left out", "[read]") {
    std::string html = page(R"(<div class="cookie-consent"><p>We use cookies to improve your experience on
our site, to show you personalised content and to analyse our traffic.</p></div><main>)" +
                            std::string(k_story) + R"(<div class="newsletter-signup"><p>Get the
morning briefing, with the day's top stories, delivered to your inbox.</p><form><input type="email">
</form></div><section class="comments"><p>This is the best article I have read this week, thanks,
really.</p></section></main>)");
    CHECK(read_html_article(html)->text == story_text());
}

TEST_CASE("read_html_article: itemprop articleBody is the article", "[read]") {
    std::string html = page(std::string(R"(<div><p>A long teaser paragraph for another story, with commas, many,
many, many, many, many, many, many commas, to tempt the scores.</p></div><div itemprop="articleBody">)") +
                            std::string(k_story) + "</div>");
    CHECK(read_html_article(html)->text == story_text());
}

TEST_CASE("read_html_article: prose paragraphs beside the best block join it", "[read]") {
    std::string html = page(std::string("<div class='piece'><div class='lead'>") +
                            std::string(k_story) + R"(</div><p>A last paragraph of prose that sits
beside the block that holds the others, as pages built from pieces put it.</p>
<p><a href="/more">More on chips</a></p></div>)");
    CHECK(read_html_article(html)->text ==
          story_text() + "\nA last paragraph of prose that sits beside the block that holds the "
                         "others, as pages built from pieces put it.\n");
}

TEST_CASE("read_html_article: names of furniture on the block that holds everything do not empty "
          "the page", "[read]") {
    SECTION("a class that says comments") {
        std::string html = page("<div class='post has-comments'>" + std::string(k_story) + "</div>");
        CHECK(read_html_article(html)->text == story_text());
    }
    SECTION("a sidebar layout") {
        std::string html = page("<div id='sidebar-layout'>" + std::string(k_story) + "</div>");
        CHECK(read_html_article(html)->text == story_text());
    }
    SECTION("a body hidden until a script shows it") {
        std::string html = "<html><body style='display: none'>" + std::string(k_story) + "</body></html>";
        CHECK(read_html_article(html)->text == story_text());
    }
    SECTION("a form around the page") {
        std::string html = page("<form id='aspnetForm'><div>" + std::string(k_story) + "</div></form>");
        CHECK(read_html_article(html)->text == story_text());
    }
}

TEST_CASE("read_html_article: hidden blocks and furniture roles are not read", "[read]") {
    std::string html = page(R"(<div role="navigation"><a href="/">Home</a> <a href="/n">News</a></div>
<div style="display: none"><p>A hidden paragraph that a script would show, long enough to count.</p></div>
<div role="dialog"><p>Subscribe today and get a year of unlimited access for the price of a month.</p></div>)" +
                            std::string(k_story));
    CHECK(read_html_article(html)->text == story_text());
}

TEST_CASE("read_html_article: the page's dates, authors and publisher in their other forms", "[read]") {
    SECTION("a <time> in the article, not one in a sidebar") {
        auto read = read_html_article(page(R"(<aside><time datetime="2025-11-01">Nov 1</time></aside>
<article><time datetime="2025-12-03T10:00:00Z">3 Dec</time><p>Text.</p></article>)"));
        CHECK(read->date == "2025-12-03");
    }
    SECTION("a time marked as the publication's wins over one merely in the article") {
        auto read = read_html_article(page(R"(<article><time datetime="2025-12-05">5 Dec</time>
<time itemprop="datePublished" datetime="2025-12-01">1 Dec</time><p>Text.</p></article>)"));
        CHECK(read->date == "2025-12-01");
    }
    SECTION("other date and author metas") {
        auto read = read_html_article(R"(<html><head><meta name="parsely-pub-date" content="2025-10-09T08:00:00Z">
<meta name="byl" content="By Jane Roe"><meta name="date" content="not a date"></head><body><p>Text.</p></body></html>)");
        CHECK(read->date == "2025-10-09");
        CHECK(read->author == "Jane Roe");
    }
    SECTION("microdata and rel=author") {
        auto read = read_html_article(page(R"(<p>By <a rel="author" href="/omar">Omar Said</a></p>)"));
        CHECK(read->author == "Omar Said");
        read = read_html_article(page(R"(<span itemprop="author"><span itemprop="name">Li Wei</span></span>)"));
        CHECK(read->author == "Li Wei");
    }
    SECTION("nothing dated: no date") {
        CHECK(read_html_article(page("<p>Text.</p>"))->date.empty());
    }
}

TEST_CASE("read_html_article: a page whose article a script builds falls back to JSON-LD "
          "articleBody", "[read]") {
    std::string html =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        "\"articleBody\": \"The ministry said on Tuesday that it would review the licences.\\n"
        "Officials said the review would cover shipments made since March, and that the companies "
        "had been asked for their records, which are due within the month, before the ministry "
        "rules.\"}</script></head><body><div id=\"root\">Loading...</div></body></html>";
    CHECK(read_html_article(html)->text ==
          "The ministry said on Tuesday that it would review the licences.\n\n"
          "Officials said the review would cover shipments made since March, and that the companies "
          "had been asked for their records, which are due within the month, before the ministry "
          "rules.\n");
    SECTION("not when the page's own text is long enough") {
        std::string page_text = "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", "
                                "\"articleBody\": \"A short summary.\"}</script></head><body>" +
                                std::string(k_story) + "</body></html>";
        CHECK(read_html_article(page_text)->text == story_text());
    }
}

TEST_CASE("read_html_article: a short sentence in a div of its own is prose, a short label is not",
          "[read]") {
    std::string html = page("<div class='text'>" + std::string(k_story) +
                            "<div>Nvidia denied it.</div><div>Advertisement</div></div>");
    CHECK(read_html_article(html)->text == story_text() + "\nNvidia denied it.\n");
}

TEST_CASE("read_html_article: a short article is not traded for itself and a sidebar", "[read]") {
    // Under 500 bytes, the rules are relaxed; relaxed, they keep the list of links too, which
    // adds less than the article: the article alone stays.
    std::string html = page(R"(<div class="post"><p>The ministry said on Tuesday that it would review the licences
granted to chip makers, after a report that accelerators had reached data centres.</p><p>Officials said
the review would cover shipments made since March, and that records were due within a month.</p>
<div class="sidebar"><ul><li><a href="/1">Chip makers face a second review this year</a></li>
<li><a href="/2">Cloud providers delay their orders for accelerators</a></li>
<li><a href="/3">What the new export rules mean for data centres</a></li></ul></div></div>)");
    CHECK(read_html_article(html)->text ==
          "The ministry said on Tuesday that it would review the licences granted to chip makers, "
          "after a report that accelerators had reached data centres.\n\n"
          "Officials said the review would cover shipments made since March, and that records were "
          "due within a month.\n");
}
