#include "cli/date_option.h"

#include <charconv>
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

}  // namespace

const CLI::Validator& partial_date() {
    static const CLI::Validator validator([](std::string& text) { return check_date(text, 1); }, "DATE");
    return validator;
}

const CLI::Validator& calendar_day() {
    static const CLI::Validator validator([](std::string& text) { return check_date(text, 3); }, "YYYY-MM-DD");
    return validator;
}

}  // namespace tracker::cli
