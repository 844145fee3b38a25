#include <catch2/catch.hpp>

#include <string>

#include "cli/date_option.h"

using tracker::cli::calendar_day;
using tracker::cli::partial_date;

namespace {

std::string check(const CLI::Validator& validator, std::string text) { return validator(text); }

}  // namespace

TEST_CASE("partial_date: a day, a month or a year of the calendar", "[cli]") {
    for (const char* good : {"2025-12-10", "2025-12", "2025", "2024-02-29"}) {
        INFO(good);
        CHECK(check(partial_date(), good).empty());
    }
    CHECK(check(partial_date(), "garbage") == "'garbage' is not a date YYYY-MM-DD, YYYY-MM or YYYY");
    for (const char* bad : {"", "25", "2025-1", "2025-12-1", "2025/12/10", "2025-12-10x", "2025-", "12-10-2025"}) {
        INFO(bad);
        CHECK_FALSE(check(partial_date(), bad).empty());
    }
    CHECK(check(partial_date(), "2025-02-30") == "'2025-02-30' is not a day of the calendar");
    CHECK(check(partial_date(), "2025-13") == "'2025-13' is not a day of the calendar");
    CHECK_FALSE(check(partial_date(), "2025-02-29").empty());  // not a leap year
}

TEST_CASE("calendar_day: a whole date only", "[cli]") {
    CHECK(check(calendar_day(), "2026-03-04").empty());
    CHECK(check(calendar_day(), "2026-03") == "'2026-03' is not a date YYYY-MM-DD");
    CHECK(check(calendar_day(), "2026") == "'2026' is not a date YYYY-MM-DD");
}
