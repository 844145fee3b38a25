#include "report/time_axis.h"

#include <algorithm>
#include <charconv>
#include <chrono>

#include <fmt/core.h>

namespace tracker::report {

namespace {

using namespace std::chrono;

constexpr double k_margin = 2.0;  // percent kept free at each end, so that edge marks show whole
constexpr int k_min_days = 7;     // a narrower axis would spread one day across the page
constexpr std::size_t k_max_ticks = 8;  // labels of 10 characters side by side on an A4 page

int day_number(const year_month_day& date) { return static_cast<int>(sys_days(date).time_since_epoch().count()); }
year_month_day date_at(int day) { return year_month_day(sys_days(days(day))); }

std::optional<int> digits_at(std::string_view s, std::size_t pos, std::size_t count) {
    int value = 0;
    const char* first = s.data() + pos;
    auto [end, error] = std::from_chars(first, first + count, value);
    if (error != std::errc() || end != first + count) return std::nullopt;
    return value;
}

// A tick step: so many days, or so many months (12 and more: labelled by year).
struct TickStep {
    int days = 0;
    int months = 0;
};
constexpr TickStep k_steps[] = {{1, 0},  {7, 0},  {0, 1},  {0, 3},   {0, 6},  {0, 12},
                                {0, 24}, {0, 60}, {0, 120}, {0, 600}, {0, 1200}};

std::string label_of(int day, const TickStep& step) {
    const year_month_day d = date_at(day);
    const int y = static_cast<int>(d.year());
    const unsigned m = static_cast<unsigned>(d.month());
    if (step.days != 0) return fmt::format("{:04}-{:02}-{:02}", y, m, static_cast<unsigned>(d.day()));
    if (step.months < 12) return fmt::format("{:04}-{:02}", y, m);
    return fmt::format("{:04}", y);
}

// The days of [first, last] on which a tick of `step` falls.
std::vector<int> tick_days(int first, int last, const TickStep& step) {
    std::vector<int> out;
    if (step.days != 0) {
        for (int day = first; day <= last && out.size() <= k_max_ticks; day += step.days) out.push_back(day);
        return out;
    }
    const year_month_day start = date_at(first);
    int month_index = static_cast<int>(start.year()) * 12 + static_cast<int>(static_cast<unsigned>(start.month())) - 1;
    if (start.day() != day{1}) ++month_index;                              // the first month begun inside
    month_index += (step.months - month_index % step.months) % step.months;  // aligned to the step
    for (;; month_index += step.months) {
        const int tick = day_number(year{month_index / 12} / month{static_cast<unsigned>(month_index % 12 + 1)} / 1);
        if (tick > last || out.size() > k_max_ticks) break;
        out.push_back(tick);
    }
    return out;
}

}  // namespace

std::optional<DatePeriod> period_of(std::string_view date) {
    const bool dashed = (date.size() == 7 || date.size() == 10) && date[4] == '-' && (date.size() == 7 || date[7] == '-');
    if (date.size() != 4 && !dashed) return std::nullopt;
    const auto y = digits_at(date, 0, 4);
    if (!y) return std::nullopt;
    if (date.size() == 4) return DatePeriod{day_number(year{*y} / January / 1), day_number(year{*y} / December / 31)};
    const auto m = digits_at(date, 5, 2);
    if (!m || *m < 1 || *m > 12) return std::nullopt;
    const year_month ym = year{*y} / month{static_cast<unsigned>(*m)};
    if (date.size() == 7) return DatePeriod{day_number(ym / 1), day_number(ym / last)};
    const auto d = digits_at(date, 8, 2);
    if (!d) return std::nullopt;
    const year_month_day ymd = ym / day{static_cast<unsigned>(*d)};
    if (!ymd.ok()) return std::nullopt;
    return DatePeriod{day_number(ymd), day_number(ymd)};
}

TimeAxis::TimeAxis(const std::vector<DatePeriod>& periods) {
    if (!periods.empty()) {
        m_first = periods.front().first_day;
        m_last = periods.front().last_day;
    }
    for (const auto& p : periods) {
        m_first = std::min(m_first, p.first_day);
        m_last = std::max(m_last, p.last_day);
    }
    if (const int short_by = k_min_days - (m_last - m_first + 1); short_by > 0) {
        m_first -= short_by / 2;
        m_last += short_by - short_by / 2;
    }
}

double TimeAxis::x(double day) const {
    const double span = m_last + 1 - m_first;
    return k_margin + (100.0 - 2 * k_margin) * (day - m_first) / span;
}

std::vector<AxisTick> TimeAxis::ticks() const {
    for (const auto& step : k_steps) {
        const std::vector<int> found = tick_days(m_first, m_last, step);
        if (found.size() > k_max_ticks) continue;
        std::vector<AxisTick> ticks;
        for (int day : found) ticks.push_back({x(day), label_of(day, step)});
        return ticks;
    }
    return {};
}

}  // namespace tracker::report
