#include "read/date_text.h"

#include <cstdio>

namespace tracker::read {
namespace {

using std::chrono::sys_seconds;

struct NamedNumber {
    std::string_view name;
    int number;
};

constexpr NamedNumber k_months[] = {
    {"jan", 1},  {"january", 1},  {"feb", 2},       {"february", 2}, {"mar", 3},
    {"march", 3},           {"apr", 4},      {"april", 4},     {"may", 5},      {"jun", 6},
    {"june", 6},            {"jul", 7},      {"july", 7},      {"aug", 8},      {"august", 8},
    {"sep", 9},             {"sept", 9},     {"september", 9}, {"oct", 10},     {"october", 10},
    {"nov", 11},            {"november", 11}, {"dec", 12},     {"december", 12},
};

constexpr std::string_view k_weekdays[] = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"};

// Zone names of RFC 822 section 5, in minutes east of UTC.
constexpr NamedNumber k_zones[] = {
    {"ut", 0}, {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300},
    {"edt", -240},        {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
    {"pst", -480},        {"pdt", -420},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower_name) {
    if (word.size() != lower_name.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (lower(word[i]) != lower_name[i])
            return false;
    return true;
}

template <class Table>
std::optional<int> lookup(const Table& table, std::string_view word) {
    for (const auto& entry : table)
        if (equals_lower(word, entry.name))
            return entry.number;
    return std::nullopt;
}

struct TimeOfDay {
    int seconds = 0;         // since midnight
    int zone_minutes = 0;    // east of UTC
};

// A cursor over the text. Each parse_* method either consumes what it recognises and returns it,
// or leaves the position where it was.
class DateScanner {
public:
    explicit DateScanner(std::string_view text) : m_text(text) {}

    std::optional<sys_seconds> date_and_time() {
        std::size_t start = m_pos;
        if (auto day = iso_date_part()) {
            TimeOfDay time = iso_time().value_or(TimeOfDay{});
            return instant(*day, time);
        }
        m_pos = start;
        if (auto day = textual_date()) {
            TimeOfDay time = textual_time().value_or(TimeOfDay{});
            return instant(*day, time);
        }
        m_pos = start;
        return std::nullopt;
    }

    std::size_t position() const { return m_pos; }

    bool only_spaces_left() const {
        for (std::size_t i = m_pos; i < m_text.size(); ++i)
            if (m_text[i] != ' ' && m_text[i] != '\t' && m_text[i] != '\r' && m_text[i] != '\n')
                return false;
        return true;
    }

private:
    static sys_seconds instant(std::chrono::sys_days day, TimeOfDay time) {
        return sys_seconds{day} + std::chrono::seconds{time.seconds} -
               std::chrono::minutes{time.zone_minutes};
    }

    // Puts the cursor back where a failed parse started.
    std::nullopt_t rewind(std::size_t start) {
        m_pos = start;
        return std::nullopt;
    }

    char peek(std::size_t ahead = 0) const {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }

    bool eat(char c) {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    bool eat_spaces() {
        std::size_t start = m_pos;
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
        return m_pos > start;
    }

    // A run of min..max digits not followed by another digit.
    std::optional<int> number(std::size_t min, std::size_t max) {
        std::size_t n = 0;
        while (is_digit(peek(n)))
            ++n;
        if (n < min || n > max)
            return std::nullopt;
        int value = 0;
        for (std::size_t i = 0; i < n; ++i)
            value = value * 10 + (m_text[m_pos + i] - '0');
        m_pos += n;
        return value;
    }

    // Exactly two digits, whatever follows: the halves of a "+0530" zone.
    std::optional<int> two_digits() {
        if (!is_digit(peek()) || !is_digit(peek(1)))
            return std::nullopt;
        int value = (peek() - '0') * 10 + (peek(1) - '0');
        m_pos += 2;
        return value;
    }

    std::string_view word() {
        std::size_t n = 0;
        while (is_alpha(peek(n)))
            ++n;
        std::string_view w = m_text.substr(m_pos, n);
        m_pos += n;
        return w;
    }

    bool at_word_end() const { return !is_alpha(peek()) && !is_digit(peek()); }

    static std::optional<std::chrono::sys_days> calendar_day(int y, int m, int d) {
        std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(m),
                                        std::chrono::day(d)};
        if (!ymd.ok())
            return std::nullopt;
        return std::chrono::sys_days{ymd};
    }

    // 2025-12-10 or 2025/12/10
    std::optional<std::chrono::sys_days> iso_date_part() {
        auto year = number(4, 4);
        char sep = peek();
        if (!year || (sep != '-' && sep != '/') || !eat(sep))
            return std::nullopt;
        auto month = number(1, 2);
        if (!month || !eat(sep))
            return std::nullopt;
        auto day = number(1, 2);
        if (!day || (is_alpha(peek()) && peek() != 'T'))
            return std::nullopt;
        return calendar_day(*year, *month, *day);
    }

    // "T08:00:00Z", " 08:00", "T08:00:00.250+02:00"
    std::optional<TimeOfDay> iso_time() {
        std::size_t start = m_pos;
        if (!(eat('T') || (peek() == ' ' && is_digit(peek(1)) && eat(' '))))
            return std::nullopt;
        auto time = clock_time();
        if (!time)
            return rewind(start);
        if (eat('.'))
            while (is_digit(peek()))
                ++m_pos;
        std::size_t before_zone = m_pos;
        eat_spaces();
        if (auto zone = zone_offset())
            time->zone_minutes = *zone;
        else
            m_pos = before_zone;
        return time;
    }

    // hh:mm or hh:mm:ss, with hours 0-23
    std::optional<TimeOfDay> clock_time() {
        std::size_t start = m_pos;
        auto h = number(1, 2);
        if (!h || !eat(':'))
            return rewind(start);
        auto m = number(2, 2);
        std::optional<int> s = 0;
        if (m && peek() == ':' && is_digit(peek(1)) && eat(':'))
            s = number(2, 2);
        if (!m || !s || *h > 23 || *m > 59 || *s > 60)
            return rewind(start);
        return TimeOfDay{*h * 3600 + *m * 60 + *s, 0};
    }

    std::optional<int> zone_offset() {
        std::size_t start = m_pos;
        if (peek() == '+' || peek() == '-') {
            int sign = peek() == '-' ? -1 : 1;
            ++m_pos;
            auto hours = two_digits();
            eat(':');
            auto minutes = two_digits();
            if (hours && minutes && *hours < 24 && *minutes < 60)
                return sign * (*hours * 60 + *minutes);
            return rewind(start);
        }
        std::string_view name = word();
        if (auto known = lookup(k_zones, name); known && at_word_end())
            return known;
        // A military zone letter: RFC 2822 4.3 says treat it as -0000. Only at the very end, or
        // "08:00 A major ..." would lose its article.
        if (name.size() == 1 && lower(name[0]) != 'j' && only_spaces_left())
            return 0;
        return rewind(start);
    }

    std::optional<int> month_name() {
        std::size_t start = m_pos;
        auto month = lookup(k_months, word());
        if (!month)
            return rewind(start);
        eat('.');
        return month;
    }

    void skip_weekday() {
        std::size_t start = m_pos;
        std::string_view name = word();
        bool known = false;
        for (std::string_view weekday : k_weekdays)
            known = known || equals_lower(name, weekday);
        if (!known) {
            m_pos = start;
            return;
        }
        eat('.');
        eat(',');
        eat_spaces();
    }

    // 1st, 2nd, 3rd, 10th: the suffix is skipped.
    std::optional<int> day_of_month() {
        auto day = number(1, 2);
        if (!day)
            return std::nullopt;
        std::size_t start = m_pos;
        std::string_view suffix = word();
        if (!suffix.empty() && !equals_lower(suffix, "st") && !equals_lower(suffix, "nd") &&
            !equals_lower(suffix, "rd") && !equals_lower(suffix, "th"))
            m_pos = start;
        return day;
    }

    std::optional<std::chrono::sys_days> textual_date() {
        skip_weekday();
        std::size_t start = m_pos;
        if (auto day = month_first())
            return day;
        m_pos = start;
        if (auto day = day_first())
            return day;
        m_pos = start;
        return std::nullopt;
    }

    // December 10, 2025
    std::optional<std::chrono::sys_days> month_first() {
        auto month = month_name();
        if (!month || !eat_spaces())
            return std::nullopt;
        auto day = day_of_month();
        if (!day)
            return std::nullopt;
        eat(',');
        if (!eat_spaces())
            return std::nullopt;
        auto year = number(4, 4);
        if (!year || !at_word_end())
            return std::nullopt;
        return calendar_day(*year, *month, *day);
    }

    // 10 December 2025, 10 Dec 25, 10-Dec-2025
    std::optional<std::chrono::sys_days> day_first() {
        auto day = day_of_month();
        if (!day || !(eat_spaces() || eat('-')))
            return std::nullopt;
        auto month = month_name();
        if (!month)
            return std::nullopt;
        eat(',');
        if (!(eat_spaces() || eat('-')))
            return std::nullopt;
        auto year = number(4, 4);
        if (!year) {
            year = number(2, 2);  // RFC 822's two-digit year; RFC 2822 4.3 says 00-49 is 20xx
            if (year)
                *year += *year < 50 ? 2000 : 1900;
        }
        if (!year || !at_word_end())
            return std::nullopt;
        return calendar_day(*year, *month, *day);
    }

    // ", 08:00:00 GMT", " at 8:00 AM", " 08:00 +0200"
    std::optional<TimeOfDay> textual_time() {
        std::size_t start = m_pos;
        eat(',');
        eat_spaces();
        std::size_t before_at = m_pos;
        if (!equals_lower(word(), "at") || !eat_spaces())
            m_pos = before_at;
        auto time = clock_time();
        if (!time)
            return rewind(start);
        std::size_t before_tail = m_pos;
        eat_spaces();
        if (!meridiem(*time))
            m_pos = before_tail;
        before_tail = m_pos;
        eat_spaces();
        if (auto zone = zone_offset())
            time->zone_minutes = *zone;
        else
            m_pos = before_tail;
        return time;
    }

    // AM, PM, a.m., p.m.: moves a 12-hour time onto the 24-hour clock.
    bool meridiem(TimeOfDay& time) {
        std::size_t start = m_pos;
        char first = lower(peek());
        int hours = time.seconds / 3600;
        if ((first == 'a' || first == 'p') && hours >= 1 && hours <= 12) {
            ++m_pos;
            bool dotted = eat('.');
            bool has_m = eat('m') || eat('M');
            if (has_m && dotted)
                eat('.');
            if (has_m && at_word_end()) {
                time.seconds = (hours % 12 + (first == 'p' ? 12 : 0)) * 3600 + time.seconds % 3600;
                return true;
            }
        }
        rewind(start);
        return false;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string_view trim_leading(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    return text;
}

}  // namespace

std::optional<std::chrono::sys_seconds> parse_date_time(std::string_view text) {
    DateScanner scanner(trim_leading(text));
    auto instant = scanner.date_and_time();
    if (!instant || !scanner.only_spaces_left())
        return std::nullopt;
    return instant;
}

std::optional<std::string> parse_date_text(std::string_view text) {
    auto instant = parse_date_time(text);
    if (!instant)
        return std::nullopt;
    return iso_date(*instant);
}

std::optional<LeadingDate> parse_leading_date(std::string_view text) {
    DateScanner scanner(text);
    auto instant = scanner.date_and_time();
    if (!instant)
        return std::nullopt;
    return LeadingDate{*instant, scanner.position()};
}

std::string iso_date(std::chrono::sys_seconds instant) {
    std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(instant)};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

}  // namespace tracker::read
