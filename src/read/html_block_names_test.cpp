#include <catch2/catch.hpp>

#include "read/html_block_names.h"

using namespace tracker::read;

namespace {

constexpr std::string_view k_small_table =
    "# a comment\n"
    "pattern\tkind\tnote\n"
    "comment\tdrop\tcomments\n"
    "ad\tdrop_word\tads\n"
    "sidebar\tunlikely\tcolumn\n"
    "article\tlikely\tthe article\n";

}  // namespace

TEST_CASE("HtmlBlockNames: parts match anywhere, words only whole, case ignored", "[read]") {
    auto table = HtmlBlockNames::from_tsv(k_small_table, "t.tsv");
    REQUIRE(table);
    CHECK(table->judge("CommentList").drop);
    CHECK(table->judge("top ad-slot").drop);
    CHECK_FALSE(table->judge("header shadow download").drop);
    CHECK(table->judge("sidebar").unlikely);
    CHECK_FALSE(table->judge("sidebar").likely);
    BlockNameVerdict both = table->judge("sidebar-article");
    CHECK(both.unlikely);
    CHECK(both.likely);
    CHECK(both.weight() == 0);
    CHECK(table->judge("article-body").weight() == 25);
    CHECK(table->judge("comments").weight() == -25);
    CHECK(table->judge("").weight() == 0);
}

TEST_CASE("HtmlBlockNames: a bad row is refused with its line", "[read]") {
    CHECK(HtmlBlockNames::from_tsv("pattern\tkind\tnote\nsidebar\toften\tx\n", "t.tsv").error() ==
          "t.tsv:2: unknown kind \"often\"");
    CHECK(HtmlBlockNames::from_tsv("pattern\tkind\tnote\nSide-bar\tdrop\tx\n", "t.tsv").error() ==
          "t.tsv:2: a pattern is lowercase letters and digits: \"Side-bar\"");
    CHECK(HtmlBlockNames::from_tsv("pattern\tkind\n", "t.tsv").error() ==
          "t.tsv:1: expected the header \"pattern<TAB>kind<TAB>note\"");
}

TEST_CASE("HtmlBlockNames: the embedded table loads", "[read]") {
    CHECK(HtmlBlockNames::standard().judge("newsletter-signup").drop);
}
