#include <catch2/catch.hpp>

#include "cli/page_article.h"

using namespace tracker;

namespace {

const feeds::Feed k_feed{"Teaser Wire", "https://wire.example.com/", "rss 2.0", {}};

std::string page(const std::string& head, const std::string& body) {
    return "<!doctype html><html><head>" + head + "</head><body><article>" + body + "</article></body></html>";
}

const std::string k_body =
    "<h1>Inquiry widens</h1>"
    "<p>Customs officials widened an inquiry into accelerator shipments on Monday, after an audit of a trading "
    "house found invoices that did not match the cargo it had declared to the port authority.</p>"
    "<p>Tencent acquired 12,000 Nvidia H20 chips through the trading house last spring, two officials familiar "
    "with the audit said, adding that the purchase had been split into many small orders.</p>"
    "<p>The officials said the inquiry would take several months and that no charges had been filed so far.</p>";

}  // namespace

TEST_CASE("article_of_page: the page's text, its metadata for what the item lacks", "[cli][feeds]") {
    feeds::FeedItem item{"t-1", "Inquiry widens", "https://news.example.com/a?utm_source=feed", "", "", "",
                         "Customs officials widened an inquiry."};
    const std::string html = page(
        "<meta property=\"og:site_name\" content=\"Harbor Ledger\">"
        "<meta property=\"article:published_time\" content=\"2025-11-20T07:30:00Z\">"
        "<meta name=\"author\" content=\"Ana Ruiz\"><link rel=\"canonical\" href=\"/a\">",
        k_body);
    auto read = cli::article_of_page(item, k_feed, "https://wire.example.com/feed.xml", "https://news.example.com/a?utm_source=feed", html);
    REQUIRE(read);
    CHECK(read->kept_feed_text.empty());
    CHECK(read->article.text.find("Tencent acquired 12,000 Nvidia H20 chips") != std::string::npos);
    CHECK(read->article.source == "Harbor Ledger");
    CHECK(read->article.reported_date == "2025-11-20");
    CHECK(read->article.author == "Ana Ruiz");
    CHECK(read->article.url == "https://news.example.com/a");
    CHECK(read->article.path == "https://wire.example.com/feed.xml [t-1]");
    SECTION("the item's date, title and author win over the page's") {
        item.published = "2025-11-18T10:00:00Z";
        item.title = "The feed's headline";
        item.author = "Lee Park";
        auto own = cli::article_of_page(item, k_feed, "https://wire.example.com/feed.xml", "https://news.example.com/a", html);
        REQUIRE(own);
        CHECK(own->article.reported_date == "2025-11-18");
        CHECK(own->article.title == "The feed's headline");
        CHECK(own->article.author == "Lee Park");
    }
}

TEST_CASE("article_of_page: a canonical URL on another host is not the article's URL", "[cli][feeds]") {
    const feeds::FeedItem item{"t-2", "Inquiry widens", "https://imposter.example.net/copy", "", "", "", "A teaser."};
    const std::string html = page("<link rel=\"canonical\" href=\"https://news.example.com/a\">", k_body);
    auto read = cli::article_of_page(item, k_feed, "https://wire.example.com/feed.xml", "https://imposter.example.net/copy", html);
    REQUIRE(read);
    CHECK(read->article.url == "https://imposter.example.net/copy");
    CHECK(read->article.source == "Teaser Wire");  // the page names no publisher
}

TEST_CASE("article_of_page: a page with no article keeps the item's text and says why", "[cli][feeds]") {
    const feeds::FeedItem item{"t-3", "Behind a wall", "https://news.example.com/b", "", "", "",
                               "DeepSeek secured a shipment of Nvidia H20 chips, the teaser says."};
    SECTION("no text at all") {
        auto read = cli::article_of_page(item, k_feed, "feed.xml", "https://news.example.com/b",
                                         "<html><body><form><button>Accept all</button></form></body></html>");
        REQUIRE(read);
        CHECK(read->kept_feed_text == "no article in the page (no article text in the HTML)");
        CHECK(read->article.text == item.text);
        CHECK(read->article.url == "https://news.example.com/b");
        CHECK(read->article.source == "Teaser Wire");
    }
    SECTION("a line of prose") {
        auto read = cli::article_of_page(item, k_feed, "feed.xml", "https://news.example.com/b",
                                         page("", "<p>Subscribe to continue reading this story today.</p>"));
        REQUIRE(read);
        CHECK(read->kept_feed_text.starts_with("no article in the page ("));
        CHECK(read->kept_feed_text.ends_with(" bytes of text)"));
        CHECK(read->article.text == item.text);
    }
    SECTION("less than the feed's own text") {
        feeds::FeedItem long_item = item;
        long_item.text = std::string(3000, 'x') + ".";
        auto read = cli::article_of_page(long_item, k_feed, "feed.xml", "https://news.example.com/b", page("", k_body));
        REQUIRE(read);
        CHECK_FALSE(read->kept_feed_text.empty());
    }
}
