#include <catch2/catch.hpp>

#include "read/block_stats.h"

using namespace tracker::read;

TEST_CASE("text_stats: characters without blanks, commas in any script, the last full stop", "[read]") {
    BlockStats stats = text_stats("  A lab, a chip.\n");
    CHECK(stats.chars == 11);
    CHECK(stats.commas == 1);
    CHECK(stats.sentence_end);
    BlockStats cjk = text_stats("\xE8\x8A\xAF\xE7\x89\x87\xEF\xBC\x8C\xE5\xAE\x9E\xE9\xAA\x8C\xE5\xAE\xA4\xE3\x80\x81");
    CHECK(cjk.chars == 7);
    CHECK(cjk.commas == 2);
    CHECK_FALSE(cjk.sentence_end);
}

TEST_CASE("BlockStats: add sums, and keeps the last text's sentence end", "[read]") {
    BlockStats total = text_stats("One.");
    BlockStats link = text_stats("more");
    link.link_chars = link.chars;
    total.add(link);
    total.add(BlockStats{});  // an empty element changes nothing
    CHECK(total.chars == 8);
    CHECK(total.link_density() == 0.5);
    CHECK_FALSE(total.sentence_end);
}
