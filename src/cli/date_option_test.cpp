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

TEST_CASE("instant_since: a day, a UTC time or a duration back from now", "[cli]") {
    using namespace std::chrono;
    const system_clock::time_point now = sys_days{2026y / March / 2} + hours(6) + minutes(30) + seconds(15);
    CHECK(tracker::cli::instant_since("2026-03-01", now) == "2026-03-01T00:00:00Z");
    CHECK(tracker::cli::instant_since("2026-03-01T22:05:09Z", now) == "2026-03-01T22:05:09Z");
    CHECK(tracker::cli::instant_since("2026-03-01T22:05Z", now) == "2026-03-01T22:05:00Z");
    CHECK(tracker::cli::instant_since("24h", now) == "2026-03-01T06:30:15Z");
    CHECK(tracker::cli::instant_since("7d", now) == "2026-02-23T06:30:15Z");
    CHECK(tracker::cli::instant_since("90m", now) == "2026-03-02T05:00:15Z");
    CHECK(tracker::cli::instant_since("1w", now) == "2026-02-23T06:30:15Z");
    for (const char* bad : {"", "h", "24", "24x", "-1d", "2026-02-30", "2026-03-01T25:00Z", "2026-03-01T22:05:09",
                            "2026-03-01T22:05:09+01:00", "2026-03", "yesterday"}) {
        INFO(bad);
        CHECK_FALSE(tracker::cli::instant_since(bad, now));
    }
}
