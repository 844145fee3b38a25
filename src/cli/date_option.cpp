#include "cli/date_option.h"

#include <charconv>
#include <cstdio>
#include <chrono>
#include <string>
#include <string_view>

namespace tracker::cli {

namespace {

// The number in `digits` when it is exactly `width` ASCII digits.
bool digits_of(std::string_view digits, std::size_t width, unsigned& out) {
    if (digits.size() != width) return false;
    for (char c : digits)
        if (c < '0' || c > '9') return false;
    std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return true;
}

// "" when `text` is YYYY, YYYY-MM or YYYY-MM-DD (with at least `min_parts` parts) and a real
// date of the calendar; else the reason.
std::string check_date(const std::string& text, int min_parts) {
    const std::string expected = min_parts == 3 ? "a date YYYY-MM-DD" : "a date YYYY-MM-DD, YYYY-MM or YYYY";
    const std::string_view s = text;
    unsigned year = 0, month = 1, day = 1;
    int parts = 0;  // -1: malformed
    if (digits_of(s.substr(0, 4), 4, year)) {
        parts = 1;
        if (s.size() > 4) parts = s[4] == '-' && digits_of(s.substr(5, 2), 2, month) ? 2 : -1;
        if (parts == 2 && s.size() > 7) parts = s[7] == '-' && digits_of(s.substr(8), 2, day) ? 3 : -1;
    }
    if (parts < min_parts) return "'" + text + "' is not " + expected;
    const std::chrono::year_month_day date{std::chrono::year(static_cast<int>(year)), std::chrono::month(month),
                                           std::chrono::day(day)};
    if (!date.ok()) return "'" + text + "' is not a day of the calendar";
    return "";
}

std::string iso_instant(std::chrono::sys_seconds t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss<std::chrono::seconds> time{t - day};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return out;
}

// "24h", "7d": how far back, or nullopt.
std::optional<std::chrono::seconds> duration_of(std::string_view text) {
    if (text.size() < 2 || text.size() > 7) return std::nullopt;  // up to 999999 units
    unsigned count = 0;
    if (!digits_of(text.substr(0, text.size() - 1), text.size() - 1, count)) return std::nullopt;
    switch (text.back()) {
        case 'm': return std::chrono::minutes(count);
        case 'h': return std::chrono::hours(count);
        case 'd': return std::chrono::days(count);
        case 'w': return std::chrono::weeks(count);
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<std::string> instant_since(const std::string& text, std::chrono::system_clock::time_point now) {
    if (const auto back = duration_of(text))
        return iso_instant(std::chrono::floor<std::chrono::seconds>(now) - *back);
    if (!check_date(text.substr(0, 10), 3).empty()) return std::nullopt;
    if (text.size() == 10) return text + "T00:00:00Z";
    // The time of day: HH:MM or HH:MM:SS after a 'T', then 'Z'.
    const std::string_view s = text;
    unsigned hours = 0, minutes = 0, seconds = 0;
    const bool shape = s[10] == 'T' && s.back() == 'Z' && digits_of(s.substr(11, 2), 2, hours) &&
                       s.substr(13, 1) == ":" && digits_of(s.substr(14, 2), 2, minutes) &&
                       (s.size() == 17 || (s.size() == 20 && s[16] == ':' && digits_of(s.substr(17, 2), 2, seconds)));
    if (!shape || hours > 23 || minutes > 59 || seconds > 60) return std::nullopt;
    return text.substr(0, 10) + "T" + text.substr(11, 5) + (s.size() == 20 ? text.substr(16, 3) : ":00") + "Z";
}

const CLI::Validator& instant() {
    static const CLI::Validator validator(
        [](std::string& text) {
            if (instant_since(text, std::chrono::system_clock::now())) return std::string();
            return "'" + text + "' is not a date YYYY-MM-DD, a UTC time YYYY-MM-DDTHH:MM[:SS]Z or a duration such "
                   "as 24h or 7d";
        },
        "WHEN");
    return validator;
}

const CLI::Validator& partial_date() {
    static const CLI::Validator validator([](std::string& text) { return check_date(text, 1); }, "DATE");
    return validator;
}

const CLI::Validator& calendar_day() {
    static const CLI::Validator validator([](std::string& text) { return check_date(text, 3); }, "YYYY-MM-DD");
    return validator;
}

}  // namespace tracker::cli
