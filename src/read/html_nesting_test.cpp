#include <catch2/catch.hpp>

#include <string>

#include "read/html_article.h"
#include "read/html_nesting.h"

using namespace tracker::read;

namespace {

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

std::string page(const std::string& body) { return "<!DOCTYPE html><html><body>" + body + "</body></html>"; }

}  // namespace

TEST_CASE("estimated_html_depth: an ordinary page is shallow", "[read]") {
    CHECK(estimated_html_depth("<html><body><p>One</p></body></html>") == 3);
    CHECK(estimated_html_depth(page("<div><p>a<b>b</b></p><ul><li>x<li>y</ul></div>")) == 5);
    SECTION("what closes itself or never opens") {
        CHECK(estimated_html_depth(page(repeated("<p>para", 5000))) == 3);
        CHECK(estimated_html_depth(page("<ul>" + repeated("<li>item", 5000) + "</ul>")) == 4);
        CHECK(estimated_html_depth(page("<dl>" + repeated("<dt>term<dd>meaning", 5000) + "</dl>")) == 4);
        CHECK(estimated_html_depth(page("<table>" + repeated("<tr><td>a<td>b", 5000) + "</table>")) == 5);
        CHECK(estimated_html_depth(page(repeated("<br><img src=x><hr><input>", 5000))) == 2);
        CHECK(estimated_html_depth(page(repeated("<a href=x>link", 5000))) == 3);
        CHECK(estimated_html_depth(page("<svg>" + repeated("<path d='M0 0'/>", 5000) + "</svg>")) == 3);
    }
    SECTION("markup inside scripts, styles, comments and attributes is not markup") {
        CHECK(estimated_html_depth(page("<script>var s = '" + repeated("<div>", 5000) + "';</script>")) == 2);
        CHECK(estimated_html_depth(page("<style>/*" + repeated("<div>", 5000) + "*/</style>")) == 2);
        CHECK(estimated_html_depth(page("<!--" + repeated("<div>", 5000) + "-->")) == 2);
        CHECK(estimated_html_depth(page("<textarea>" + repeated("<div>", 5000) + "</textarea>")) == 2);
        CHECK(estimated_html_depth(page("<a title=\"" + repeated("<div>", 5000) + "\">x</a>")) == 3);
    }
}

TEST_CASE("estimated_html_depth: nesting bombs are counted", "[read]") {
    const std::size_t levels = k_max_html_depth + 1;
    CHECK(estimated_html_depth(page(repeated("<div>", levels))) > k_max_html_depth);
    CHECK(estimated_html_depth(page(repeated("<span>", levels))) > k_max_html_depth);
    CHECK(estimated_html_depth(page(repeated("<b>", levels))) > k_max_html_depth);
    CHECK(estimated_html_depth(page(repeated("<table><tr><td>", levels))) > k_max_html_depth);
    CHECK(estimated_html_depth(page(repeated("<svg><g>", levels))) > k_max_html_depth);
    SECTION("tricks that would hide nesting from a naive count") {
        // Each pattern nests in gumbo (checked against its tree when this test was written).
        CHECK(estimated_html_depth(page(repeated("<dd><li>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page(repeated("<span><div></span>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page(repeated("<div></body></html>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page(repeated("<div/>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page("<!-->" + repeated("<div>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page("<script><!--<script></script>--></script>" + repeated("<div>", levels))) >
              k_max_html_depth);
        CHECK(estimated_html_depth(page("<svg><foreignObject>" + repeated("<x/>", levels))) > k_max_html_depth);
        CHECK(estimated_html_depth(page("<noscript><!--</noscript>" + repeated("<div>", levels))) == 3);
        CHECK(estimated_html_depth(repeated("<frameset>", levels)) > k_max_html_depth);
    }
    SECTION("it stops counting past the limit") {
        CHECK(estimated_html_depth(page(repeated("<div>", 100'000)), 50) == 51);
    }
}

TEST_CASE("issue 6: read_html_article refuses a page nested too deeply, before gumbo reads it", "[read]") {
    // 100,000 nested <div>s took gumbo minutes and crashed tracker's own tree walk.
    auto read = read_html_article(page(repeated("<div>", 100'000) + "Text." + repeated("</div>", 100'000)));
    REQUIRE_FALSE(read);
    CHECK(read.error() == "HTML nested too deeply (over 1000 levels)");
    SECTION("the limit counts elements from <html>: 1000 levels are read, 1001 are not") {
        auto at_limit = read_html_article(page(repeated("<div>", 998) + "Text." + repeated("</div>", 998)));
        REQUIRE(at_limit);
        CHECK(at_limit->text == "Text.\n");
        CHECK_FALSE(read_html_article(page(repeated("<div>", 999) + "Text." + repeated("</div>", 999))));
    }
}
