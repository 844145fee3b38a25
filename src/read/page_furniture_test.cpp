#include <catch2/catch.hpp>

#include "read/page_furniture.h"

using namespace tracker::read;

namespace {

constexpr std::string_view k_small_table =
    "# a comment\n"
    "pattern\tmatch\tnote\n"
    "Read more\tline\tlink\n"
    "More from\tprefix\tother stories\n"
    "Source:\tprefix\tcredit\n"
    "check_circle\ticon\tbullet\n"
    "calendar_today\ticon_line\tdate\n";

const PageFurniture& small_table() {
    static const auto k_table = PageFurniture::from_tsv(k_small_table, "t.tsv");
    return k_table.value();
}

}  // namespace

TEST_CASE("PageFurniture: line patterns match whole lines, ignoring case and trailing dots", "[read]") {
    const PageFurniture& table = small_table();
    CHECK(table.is_furniture("Read more"));
    CHECK(table.is_furniture("READ MORE..."));
    CHECK(table.is_furniture("Read more \xE2\x80\xA6"));
    CHECK(table.is_furniture("Read more \xC2\xBB"));
    CHECK_FALSE(table.is_furniture("Read more about the export rules here."));
}

TEST_CASE("PageFurniture: prefix patterns end at a word boundary", "[read]") {
    const PageFurniture& table = small_table();
    CHECK(table.is_furniture("More from the Wafer desk"));
    CHECK_FALSE(table.is_furniture("More fromage was sold."));
    CHECK(table.is_furniture("Source: Orbital Images"));
    CHECK(table.is_furniture("source:x"));
}

TEST_CASE("PageFurniture: icon names are found glued to the text after them", "[read]") {
    const PageFurniture& table = small_table();
    auto icon = table.leading_icon("check_circleThis lab said so.");
    REQUIRE(icon);
    CHECK(icon->length == 12);
    CHECK_FALSE(icon->whole_line);
    CHECK(table.leading_icon("calendar_today\xF0\x9F\x87\xB9")->whole_line);
    CHECK(table.leading_icon("check_circle")->length == 12);
    SECTION("not when the name runs on into a lowercase word or is not lowercase") {
        CHECK_FALSE(table.leading_icon("check_circles"));
        CHECK_FALSE(table.leading_icon("Check_circleThis"));
        CHECK_FALSE(table.leading_icon("check_circle This"));
    }
    SECTION("an icon alone is furniture") {
        CHECK(table.is_furniture("check_circle"));
    }
}

TEST_CASE("PageFurniture: shapes are furniture whatever the table says", "[read]") {
    const PageFurniture& table = small_table();
    CHECK(table.is_furniture("12 views"));
    CHECK(table.is_furniture("3 min read"));
    CHECK(table.is_furniture("0:000:00"));
    CHECK(table.is_furniture("---"));
    CHECK(table.is_furniture("EN"));
    CHECK(table.is_furniture("By Ada Quill"));
    CHECK(table.is_furniture("Published 3 hours ago"));
    CHECK(table.is_furniture("December 3, 2025"));
    CHECK_FALSE(table.is_furniture("A lab in Ruritania bought accelerators."));
    CHECK_FALSE(table.is_furniture(""));
}

TEST_CASE("PageFurniture: a bad table row names its file and line", "[read]") {
    auto error = [](std::string_view tsv) { return PageFurniture::from_tsv(tsv, "t.tsv").error(); };
    CHECK(error("pattern\tmatch\tnote\nRead more\tlines\tx\n") ==
          "t.tsv:2: unknown match kind \"lines\"");
    CHECK(error("# c\n\npattern\tmatch\tnote\nx\n") ==
          "t.tsv:4: a row needs a pattern and a match kind");
    CHECK(error("pattern\tmatch\tnote\nCheck_Circle\ticon\tx\n") ==
          "t.tsv:2: an icon name is lowercase letters, digits and _: \"Check_Circle\"");
    CHECK(error("Read more\tline\tx\n") ==
          "t.tsv:1: expected the header \"pattern<TAB>match<TAB>note\"");
}

TEST_CASE("PageFurniture: the embedded table knows the furniture of web copies", "[read]") {
    const PageFurniture& table = PageFurniture::standard();
    for (std::string_view line :
         {"Loading...", "Share", "Share on X", "Copy link", "Download on the App Store",
          "Get it on Google Play", "Related Articles", "You may also like...", "Read more",
          "View All", "Topics", "Sources", "Frequently Asked", "Advertisement",
          "AI-Powered Content", "Get your own daily briefing", "Shared from Wafer App - news",
          "visibility", "calendar_today", "summarize", "psychology_alt", "auto_awesome",
          "recommend", "share", "bookmark", "Estimated reading time is 3 minutes for you.",
          "Read more: Chip makers face review", "Most read: Lab's chips came by way of shell firms",
          "See also: The rules, explained", "Story continues below advertisement",
          "Continue reading the main story", "Article continues below this ad",
          "Tags: DeepSeek, Nvidia, H20, export controls", "Filed under: Chips, China",
          "Appeared in the March 3, 2026, print edition as 'Lab Denies Buying Chips'.",
          "A version of this article appears in print on March 3, 2026, Section B."})
        CHECK(table.is_furniture(line));
    CHECK_FALSE(table.is_furniture("Shareholders sold the chips."));
    CHECK_FALSE(table.is_furniture("Most readers of the filing missed the H100 orders."));
    CHECK_FALSE(table.is_furniture("Read more about the chips in the filing, the lab said."));
    CHECK_FALSE(table.is_furniture("Tags on the servers showed they were H100 units."));
    CHECK_FALSE(table.is_furniture("Appeared inside the lab's filing was a list of H100 orders."));
}
