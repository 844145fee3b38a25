#include <catch2/catch.hpp>

#include "extract/event_date.h"

using namespace tracker::extract;

namespace {
// The dates found in `text` for an article of 2026-01-14 (a Wednesday).
std::vector<std::string> dates(const std::string& text, const std::string& article = "2026-01-14") {
    std::vector<std::string> out;
    for (const auto& d : find_dates(text, tokenize(text, 0, text.size()), article)) out.push_back(d.date);
    return out;
}
}  // namespace

TEST_CASE("find_dates: absolute dates at the precision the text gives", "[extract]") {
    CHECK(dates("on December 10, 2025 it") == std::vector<std::string>{"2025-12-10"});
    CHECK(dates("on 10 December 2025 it") == std::vector<std::string>{"2025-12-10"});
    CHECK(dates("in 2025-12 and 2024-03-05") == std::vector<std::string>{"2025-12", "2024-03-05"});
    CHECK(dates("since 2023") == std::vector<std::string>{"2023"});
    CHECK(dates("in March 2024") == std::vector<std::string>{"2024-03"});
}

TEST_CASE("find_dates: relative dates resolve against the article's date", "[extract]") {
    CHECK(dates("Nvidia said on Tuesday") == std::vector<std::string>{"2026-01-13"});
    CHECK(dates("on Wednesday") == std::vector<std::string>{"2026-01-14"});
    CHECK(dates("last month") == std::vector<std::string>{"2025-12"});
    CHECK(dates("earlier this year") == std::vector<std::string>{"2026"});
    CHECK(dates("yesterday") == std::vector<std::string>{"2026-01-13"});
    CHECK(dates("late 2026") == std::vector<std::string>{"2026"});
    // A month without a year is the latest one not after the article.
    CHECK(dates("in November") == std::vector<std::string>{"2025-11"});
    CHECK(dates("on February 24") == std::vector<std::string>{"2025-02-24"});
}

TEST_CASE("find_dates: words that only look like dates", "[extract]") {
    CHECK(dates("DeepSeek may release it").empty());
    CHECK(dates("2,048 chips").empty());
    CHECK(dates("on Tuesday", "").empty());  // no article date, nothing to resolve against
}
