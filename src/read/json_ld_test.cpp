#include <catch2/catch.hpp>

#include "read/json_ld.h"

using namespace tracker::read;

TEST_CASE("scan_json_ld: a NewsArticle's fields", "[read]") {
    auto scan = scan_json_ld(R"({"@type": "NewsArticle", "headline": "Lab buys chips",
        "datePublished": "2025-12-03T09:00:00Z", "publisher": {"@type": "Organization",
        "name": "The Daily Wafer"}, "author": {"@type": "Person", "name": "Ada Quill"}})");
    REQUIRE(scan.found);
    CHECK(scan.article.headline == "Lab buys chips");
    CHECK(scan.article.date_published == "2025-12-03T09:00:00Z");
    CHECK(scan.article.publisher == "The Daily Wafer");
    CHECK(scan.article.author == "Ada Quill");
}

TEST_CASE("scan_json_ld: the article inside a graph or a list, with several authors", "[read]") {
    auto scan = scan_json_ld(R"([{"@type": "WebSite"}, {"@graph": [{"@type": ["Article"],
        "author": [{"name": "Ada Quill"}, "Omar Said"], "publisher": "Wafer Inc"}]}])");
    REQUIRE(scan.found);
    CHECK(scan.article.author == "Ada Quill, Omar Said");
    CHECK(scan.article.publisher == "Wafer Inc");
    CHECK(scan.article.headline.empty());
}

TEST_CASE("scan_json_ld: no article, or broken JSON, gives nothing", "[read]") {
    CHECK_FALSE(scan_json_ld(R"({"@type": "WebPage", "headline": "x"})").found);
    CHECK_FALSE(scan_json_ld(R"({"@type": "NewsArticle", )").found);
    CHECK_FALSE(scan_json_ld("").found);
}

TEST_CASE("issue 6: JSON-LD nested a million levels deep is read without recursing that deep", "[read]") {
    const std::string arrays = std::string(1'000'000, '[') + std::string(1'000'000, ']');
    CHECK_FALSE(scan_json_ld(arrays).found);
    const std::string types = R"({"@type": )" + std::string(100'000, '[') + R"("NewsArticle")" +
                              std::string(100'000, ']') + R"(, "headline": "x"})";
    CHECK_FALSE(scan_json_ld(types).found);
}

TEST_CASE("scan_json_ld: a CDATA wrapper, commented out or not, is taken off", "[read]") {
    CHECK(scan_json_ld("<![CDATA[ {\"@type\": \"NewsArticle\", \"headline\": \"x\"} ]]>").article.headline == "x");
    CHECK(scan_json_ld("\n//<![CDATA[\n{\"@type\": \"BlogPosting\", \"datePublished\": \"2024-06-25\"}\n//]]>\n")
              .article.date_published == "2024-06-25");
    CHECK(scan_json_ld("{\"@type\": \"SocialMediaPosting\", \"headline\": \"y\"}").article.headline == "y");
}
