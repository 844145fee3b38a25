#include <catch2/catch.hpp>

#include "report/time_axis.h"

using namespace tracker::report;

namespace {

std::vector<std::string> labels_of(const std::vector<AxisTick>& ticks) {
    std::vector<std::string> labels;
    for (const auto& t : ticks) labels.push_back(t.label);
    return labels;
}

int day_of(const char* date) { return period_of(date).value().first_day; }

}  // namespace

TEST_CASE("period_of: a date stands for its year, month or day", "[report]") {
    CHECK(period_of("1970-01-01") == DatePeriod{0, 0});
    CHECK(period_of("1970-01") == DatePeriod{0, 30});
    CHECK(period_of("1970") == DatePeriod{0, 364});
    CHECK(period_of("2024-02")->last_day - period_of("2024-02")->first_day == 28);  // a leap year's February
    CHECK(period_of("2025-02")->last_day - period_of("2025-02")->first_day == 27);
    CHECK(period_of("2025-12-10")->first_day == period_of("2025-12")->first_day + 9);
    for (const char* bad : {"", "2025-13", "2025-02-30", "2025-1-01", "20251", "abcd", "2025/12/10", "2025-12-1x"})
        CHECK_FALSE(period_of(bad));
}

TEST_CASE("TimeAxis: the periods span the strip, inside a margin at both ends", "[report]") {
    const TimeAxis axis({*period_of("2025-11-15"), *period_of("2026-01"), *period_of("2025-12-10")});
    CHECK(axis.first_day() == day_of("2025-11-15"));
    CHECK(axis.last_day() == day_of("2026-01-31"));
    CHECK(axis.x(axis.first_day()) == Approx(2.0));
    CHECK(axis.x(axis.last_day() + 1) == Approx(98.0));
    CHECK(axis.x(day_of("2025-12-10")) < axis.x(day_of("2025-12-11")));
}

TEST_CASE("TimeAxis: ticks fall on round dates, at most ten", "[report]") {
    SECTION("months for a quarter") {
        const TimeAxis axis({*period_of("2025-11-15"), *period_of("2026-01-31")});
        CHECK(labels_of(axis.ticks()) == std::vector<std::string>{"2025-12", "2026-01"});
    }
    SECTION("years for decades") {
        const TimeAxis axis({*period_of("2001-03-01"), *period_of("2030-06-01")});
        const auto ticks = axis.ticks();
        CHECK(ticks.size() <= 8);
        CHECK(labels_of(ticks).front() == "2005");
    }
    SECTION("days for a single day, widened to a week") {
        const TimeAxis axis({*period_of("2025-12-10")});
        CHECK(axis.last_day() - axis.first_day() + 1 == 7);
        const auto labels = labels_of(axis.ticks());
        CHECK(labels.size() == 7);
        CHECK(labels[3] == "2025-12-10");
    }
    SECTION("ticks stand in order inside the strip") {
        const TimeAxis axis({*period_of("2024-01-01"), *period_of("2026-02-20")});
        const auto ticks = axis.ticks();
        REQUIRE(ticks.size() >= 2);
        for (std::size_t i = 1; i < ticks.size(); ++i) CHECK(ticks[i - 1].x < ticks[i].x);
        CHECK(ticks.front().x >= 2.0);
        CHECK(ticks.back().x <= 98.0);
    }
}
