#include <catch2/catch.hpp>

#include "tracker/xref.h"

using tracker::xref::conflicts_of;
using Strings = std::vector<std::string>;

TEST_CASE("conflicts_of: different counts of one unit across sentences conflict", "[xref]") {
    const Strings sentences = {
        "Anthropic said DeepSeek created 24,000 fake accounts to reach Claude.",
        "The lab used about 20,000 accounts, according to Reuters.",
    };
    CHECK(conflicts_of(sentences) == Strings{"24,000 accounts vs 20,000 accounts"});
}

TEST_CASE("conflicts_of: modifiers are skipped and multipliers kept", "[xref]") {
    const Strings sentences = {
        "It obtained more than 2,000 B200 processors last year.",
        "Reports put the figure at 1,500 processors.",
        "The firm logged 16 million interactions with Claude.",
        "Anthropic counted 13 million interactions.",
    };
    CHECK(conflicts_of(sentences) ==
          Strings{"2,000 processors vs 1,500 processors", "16 million interactions vs 13 million interactions"});
}

TEST_CASE("conflicts_of: equal values written differently agree", "[xref]") {
    CHECK(conflicts_of({"It logged 16 million interactions.", "It logged 16,000,000 interactions."}).empty());
    CHECK(conflicts_of({"It made 24,000 fake accounts.", "More than 24,000 accounts were used."}).empty());
}

TEST_CASE("conflicts_of: years, percentages, money and model names are not quantities", "[xref]") {
    CHECK(conflicts_of({"In 2025 chips were smuggled.", "In 2024 chips were smuggled."}).empty());
    CHECK(conflicts_of({"About 40% of chips moved.", "About 30% of chips moved."}).empty());
    CHECK(conflicts_of({"It spent $1 billion on chips.", "It spent $2 billion on chips."}).empty());
    CHECK(conflicts_of({"DeepSeek V3 models run on B200 chips.", "DeepSeek V4 models run on H800 chips."}).empty());
    CHECK(conflicts_of({"On December 10, 2025 officials spoke.", "On May 3, 2025 officials spoke."}).empty());
}

TEST_CASE("conflicts_of: two values told in one sentence are a change, not a conflict", "[xref]") {
    CHECK(conflicts_of({"It grew from 10,000 accounts to 24,000 accounts."}).empty());
}

TEST_CASE("conflicts_of: units are compared separately", "[xref]") {
    CHECK(conflicts_of({"It used 24,000 accounts.", "It bought 2,000 chips."}).empty());
}

TEST_CASE("quantities_in: each unit and value once, in the order written", "[xref]") {
    using tracker::xref::Quantity;
    CHECK(tracker::xref::quantities_in("It used 24,000 accounts, then 24000 accounts, and 2,000 B200 chips.") ==
          std::vector<Quantity>{{"24,000 accounts", "accounts", 24000}, {"2,000 chips", "chips", 2000}});
    CHECK(tracker::xref::quantities_in("No counted thing here in 2025.").empty());
}

TEST_CASE("conflicts_among: the same answer as conflicts_of, from first sightings alone", "[xref]") {
    using tracker::xref::QuantitySighting;
    // Sightings arrive in any order; sentence (a claim id) and position order them.
    const std::vector<QuantitySighting> sightings = {
        {{"20,000 accounts", "accounts", 20000}, 9, 0},
        {{"2,000 chips", "chips", 2000}, 4, 1},
        {{"24,000 accounts", "accounts", 24000}, 4, 0},
        {{"1,500 chips", "chips", 1500}, 4, 2},  // a change told in one sentence: no conflict
    };
    CHECK(tracker::xref::conflicts_among(sightings) == Strings{"24,000 accounts vs 20,000 accounts"});
    CHECK(conflicts_of({"DeepSeek made 24,000 accounts, 2,000 chips and later 1,500 chips.",
                        "It made 20,000 accounts."}) == Strings{"24,000 accounts vs 20,000 accounts"});
}
