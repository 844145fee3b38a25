// The shared time axis of a report's timeline: where a date stands across the strip, and the
// ticks to label it with. Dates in the claim model may be partial ("2025", "2025-12"); a partial
// date stands for its whole period, drawn as a span with the mark at its middle.
//
// Positions are percentages of the strip's width, so that SVG marks placed with `x="41.2%"`
// stay round at any width (screen at 1280 px or an A4 page) without a viewBox that would
// stretch them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tracker::report {

// The days a date covers, counted from 1970-01-01, both inclusive.
struct DatePeriod {
    int first_day = 0;
    int last_day = 0;
    bool operator==(const DatePeriod&) const = default;
};

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the period it names; nullopt for anything else.
std::optional<DatePeriod> period_of(std::string_view date);

struct AxisTick {
    double x = 0;       // percent of the strip
    std::string label;  // "2025", "2025-12" or "2025-12-10", as precise as the step
};

class TimeAxis {
public:
    // An axis covering every period given, at least a week wide; with none, an arbitrary week
    // (nothing is drawn on it).
    explicit TimeAxis(const std::vector<DatePeriod>& periods);

    // Where a day (fractions allowed: a period's middle) stands, in percent of the strip.
    double x(double day) const;
    // Round dates (days, weeks, months, quarters, years...) at a step giving at most 8 ticks.
    std::vector<AxisTick> ticks() const;

    int first_day() const { return m_first; }
    int last_day() const { return m_last; }

private:
    int m_first = 0;  // the axis covers [m_first, m_last + 1)
    int m_last = 0;
};

}  // namespace tracker::report
