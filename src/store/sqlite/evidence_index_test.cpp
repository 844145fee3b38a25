#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "store/sqlite/evidence_index.h"
#include "tracker/error.h"

using tracker::store::timeline_code;
using tracker::store::timeline_key;

namespace {

// Texts near the dates the store writes: dates, their prefixes, and dates with characters
// changed, cut or added, from characters on both sides of '-' and of the digits.
std::vector<std::string> texts_near_dates(std::size_t count) {
    std::mt19937 random(20261206);
    const std::string alphabet = " ,-./0123456789:Zx";
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    std::vector<std::string> texts = {"", "0000", "9999-99-99", "2025", "2025-01", "2025-01-01", "2025-1",
                                      "2025-1x", "2025-01-0", "2025-01-01T10:00", "2025/01/01", "x", "-"};
    while (texts.size() < count) {
        std::string text = std::to_string(1990 + pick(40)) + "-" + std::to_string(10 + pick(3)) + "-" +
                           std::to_string(10 + pick(20));
        text.resize(pick(text.size() + 1));  // "", "2", "2025", "2025-1", ...
        for (std::size_t changes = pick(3); changes > 0 && !text.empty(); --changes)
            text[pick(text.size())] = alphabet[pick(alphabet.size())];
        if (pick(4) == 0) text += alphabet[pick(alphabet.size())];
        texts.push_back(text);
    }
    std::sort(texts.begin(), texts.end());  // as SQLite's BINARY collation orders when_start
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    return texts;
}

bool is_store_date(const std::string& text) {
    auto digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(text.begin() + static_cast<long>(from), text.begin() + static_cast<long>(from + n),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() == 4) return digits(0, 4);
    if (text.size() == 7) return digits(0, 4) && text[4] == '-' && digits(5, 2);
    if (text.size() == 10) return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2);
    return text.empty();
}

}  // namespace

// The property a search in key order relies on (evidence_index.h): texts in order give codes
// in order, and two texts share a code only when it is odd.
TEST_CASE("timeline_code: keeps the text order, and only odd codes are shared", "[store]") {
    const std::vector<std::string> texts = texts_near_dates(200'000);
    REQUIRE(texts.size() > 50'000);
    std::size_t dates = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::int64_t code = timeline_code(texts[i]);
        INFO(texts[i]);
        CHECK(code >= 0);
        CHECK(code < (std::int64_t{1} << 28));
        CHECK((code % 2 == 0) == is_store_date(texts[i]));
        dates += is_store_date(texts[i]) ? 1 : 0;
        if (i == 0) continue;
        INFO("after " << texts[i - 1]);
        const std::int64_t previous = timeline_code(texts[i - 1]);
        CHECK(previous <= code);
        if (previous == code) CHECK(code % 2 == 1);
    }
    CHECK(dates > 1000);
}

TEST_CASE("timeline_code: dates of every precision in order", "[store]") {
    const std::vector<std::string> in_order = {"",        "0000",    "2025",       "2025-00",    "2025-01",
                                               "2025-01-01", "2025-01-02", "2025-01-99", "2025-02", "2025-12-31",
                                               "2025-99-99", "2026",       "9999-99-99"};
    for (std::size_t i = 1; i < in_order.size(); ++i) {
        INFO(in_order[i - 1] << " < " << in_order[i]);
        CHECK(timeline_code(in_order[i - 1]) < timeline_code(in_order[i]));
    }
    CHECK(timeline_code("") == 0);
    // Between a date and the next one, an odd code: "2025-01-01T10" after "2025-01-01".
    CHECK(timeline_code("2025-01-01T10") == timeline_code("2025-01-01") + 1);
    CHECK(timeline_code("2025-1") == timeline_code("2025-09-99") + 1);
}

TEST_CASE("timeline_key: the code above the claim id", "[store]") {
    CHECK(timeline_key("", 7) == 7);
    CHECK(timeline_key("2025-01-01", 7) == (timeline_code("2025-01-01") << 35) + 7);
    CHECK(timeline_key("2025", 1) > timeline_key("", (std::int64_t{1} << 35) - 1));
    CHECK_THROWS_AS(timeline_key("2025", std::int64_t{1} << 35), tracker::Fatal);
}
