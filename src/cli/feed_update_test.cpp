#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "cli/feed_update.h"
#include "cli/update_lock.h"

using namespace tracker;

TEST_CASE("article_of: an item becomes an article with the feed's title as source", "[cli][feeds]") {
    feeds::Feed feed{"Chip Wire", "https://wire.example.com/", "rss 2.0", {}};
    feeds::FeedItem item{"wire-1", "DeepSeek trained on B200 chips", "https://wire.example.com/a",
                         "2025-12-10T23:30:00Z", "", "Ana Ruiz", "DeepSeek trained on B200 chips, people said."};
    auto article = cli::article_of(item, feed, "/srv/feeds/wire.xml");
    REQUIRE(article);
    CHECK(article->title == "DeepSeek trained on B200 chips");
    CHECK(article->url == "https://wire.example.com/a");
    CHECK(article->source == "Chip Wire");
    CHECK(article->author == "Ana Ruiz");
    CHECK(article->reported_date == "2025-12-10");
    CHECK(article->text == "DeepSeek trained on B200 chips, people said.");
    CHECK(article->path == "/srv/feeds/wire.xml [wire-1]");
    SECTION("an item with only a title is read from its title") {
        item.text.clear();
        auto from_title = cli::article_of(item, feed, "/srv/feeds/wire.xml");
        REQUIRE(from_title);
        CHECK(from_title->text == "DeepSeek trained on B200 chips");
    }
    SECTION("an id ending in .html does not make the plain text HTML") {
        item.id = "https://wire.example.com/a.html";
        auto article2 = cli::article_of(item, feed, "/srv/feeds/wire.xml");
        REQUIRE(article2);
        CHECK(article2->text == "DeepSeek trained on B200 chips, people said.");
    }
    SECTION("an empty item is rejected, named by feed and item") {
        item.text.clear();
        item.title.clear();
        auto empty = cli::article_of(item, feed, "/srv/feeds/wire.xml");
        REQUIRE_FALSE(empty);
        CHECK(empty.error().input == "/srv/feeds/wire.xml [wire-1]");
    }
}

TEST_CASE("UpdateLock: a second holder is refused while the first holds it", "[cli][feeds]") {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("tracker_lock_test_" + std::to_string(::getpid()))).string();
    {
        auto first = cli::UpdateLock::acquire(path, 0);
        REQUIRE(first);
        auto second = cli::UpdateLock::acquire(path, 0);
        REQUIRE_FALSE(second);
        CHECK(second.error().message() == path + ": another feed update is running (still locked after 0 s)");
    }
    CHECK(cli::UpdateLock::acquire(path, 0));  // released with the first
    std::filesystem::remove(path);
}
