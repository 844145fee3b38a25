#include "extract/event_date.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace tracker::extract {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> k_months = {"january", "february", "march",     "april",
                                                       "may",     "june",     "july",      "august",
                                                       "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> k_weekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                        "thursday", "friday", "saturday"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<int> number(std::string_view s) {
    // What from_chars would refuse anyway, refused without calling it: most words.
    if (s.empty() || (!is_digit(s[0]) && s[0] != '-')) return std::nullopt;
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

// A word's first three letters as one number, to compare them at once.
constexpr std::uint32_t first_three(std::string_view w) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 | static_cast<unsigned char>(w[2]);
}

// 1..12 for a month name or its abbreviation ("Dec", "Sept"); "may" only when capitalised.
int month_of(const Token& t) {
    for (std::size_t i = 0; i < k_months.size(); ++i) {
        std::string_view m = k_months[i];
        if (t.folded == m || (t.folded.size() >= 3 && t.folded.size() < m.size() &&
                              m.starts_with(t.folded) && (t.folded.size() == 3 || t.is("sept"))))
            return (i == 4 && !t.capitalized) ? 0 : static_cast<int>(i + 1);
    }
    return 0;
}

int weekday_of(const Token& t) {
    for (std::size_t i = 0; i < k_weekdays.size(); ++i)
        if (t.folded == k_weekdays[i]) return static_cast<int>(i);
    return -1;
}

bool is_year(const std::string& s) {
    auto v = number(s);
    return s.size() == 4 && v && *v >= 1990 && *v <= 2100;
}

std::string iso(int y, int m = 0, int d = 0) {
    char buf[16];
    if (d) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else if (m) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}

std::string iso(sys_days d) {
    year_month_day ymd{d};
    return iso(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

std::optional<sys_days> parse_iso(const std::string& s) {
    if (s.size() < 10) return std::nullopt;
    auto y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
    if (!y || !m || !d) return std::nullopt;
    year_month_day ymd{year{*y}, month{unsigned(*m)}, day{unsigned(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

// The year of a month (and day) given without one: the latest such date not after the article.
int infer_year(std::optional<sys_days> ref, int m, int d) {
    if (!ref) return 0;
    year_month_day r{*ref};
    int y = int(r.year());
    year_month_day candidate{year{y}, month{unsigned(m)}, day{unsigned(d ? d : 1)}};
    if (candidate.ok() && sys_days{candidate} > *ref + days{7}) --y;
    return y;
}

bool joined_by(std::string_view text, const Token& a, const Token& b, char c) {
    return b.start == a.end + 1 && text[a.end] == c;
}

struct Scanner {
    std::string_view text;
    const std::vector<Token>& t;
    std::optional<sys_days> ref;
    std::vector<DateMention> out;

    const std::string& word(std::size_t i) const {
        static const std::string empty;
        return i < t.size() ? t[i].folded : empty;
    }
    void add(std::size_t first, std::size_t last, std::string date) {
        out.push_back(DateMention{first, last, std::move(date)});
    }

    // "2025-12-10", "2025-12": the hyphens were dropped by the tokenizer, so check the text.
    bool iso_date(std::size_t i) {
        if (!is_year(word(i)) || i + 1 >= t.size() || !joined_by(text, t[i], t[i + 1], '-')) return false;
        auto m = number(word(i + 1));
        if (!m || *m < 1 || *m > 12 || word(i + 1).size() != 2) return false;
        if (i + 2 < t.size() && joined_by(text, t[i + 1], t[i + 2], '-')) {
            auto d = number(word(i + 2));
            if (d && *d >= 1 && *d <= 31) {
                add(i, i + 2, iso(*number(word(i)), *m, *d));
                return true;
            }
        }
        add(i, i + 1, iso(*number(word(i)), *m));
        return true;
    }

    // "December 10, 2025", "Dec 10", "December 2025", "in January".
    bool month_first(std::size_t i) {
        int m = month_of(t[i]);
        if (!m) return false;
        std::size_t j = i + 1;
        auto d = number(word(j));
        if (d && *d >= 1 && *d <= 31 && word(j).size() <= 2) {
            std::size_t k = j + 1;
            if (word(k) == ",") ++k;
            if (is_year(word(k))) return add(i, k, iso(*number(word(k)), m, *d)), true;
            if (int y = infer_year(ref, m, *d)) return add(i, j, iso(y, m, *d)), true;
            return false;
        }
        if (is_year(word(j))) return add(i, j, iso(*number(word(j)), m)), true;
        // A bare month needs "in"/"since"/"by"/"early"/"late" before it ("may" is a verb too).
        static const std::array<std::string_view, 7> k_before = {"in", "since", "by", "early", "late", "mid", "until"};
        if (i > 0 && std::find(k_before.begin(), k_before.end(), word(i - 1)) != k_before.end())
            if (int y = infer_year(ref, m, 0)) return add(i, i, iso(y, m)), true;
        return false;
    }

    // "10 December 2025".
    bool day_first(std::size_t i) {
        auto d = number(word(i));
        if (!d || *d < 1 || *d > 31 || word(i).size() > 2 || i + 1 >= t.size()) return false;
        int m = month_of(t[i + 1]);
        if (!m) return false;
        if (is_year(word(i + 2))) return add(i, i + 2, iso(*number(word(i + 2)), m, *d)), true;
        if (int y = infer_year(ref, m, *d)) return add(i, i + 1, iso(y, m, *d)), true;
        return false;
    }

    // "on Tuesday": the latest such day not after the article's date.
    bool weekday(std::size_t i) {
        int w = weekday_of(t[i]);
        if (w < 0 || !ref) return false;
        unsigned ref_w = std::chrono::weekday{*ref}.c_encoding();
        int back = (static_cast<int>(ref_w) - w + 7) % 7;
        add(i, i, iso(*ref - days{back}));
        return true;
    }

    // yesterday, today, last week/month/year, this month/year, earlier this year, late 2026.
    bool relative(std::size_t i) {
        const std::string& w = word(i);
        if (is_year(w) && i > 0 && (word(i - 1) == "in" || word(i - 1) == "since" || word(i - 1) == "late" ||
                                    word(i - 1) == "early" || word(i - 1) == "mid" || word(i - 1) == "during"))
            return add(i, i, w), true;
        if (!ref) return false;
        year_month_day r{*ref};
        int y = int(r.year()), m = int(unsigned(r.month()));
        if (w == "yesterday") return add(i, i, iso(*ref - days{1})), true;
        if (w == "today") return add(i, i, iso(*ref)), true;
        const std::string& next = word(i + 1);
        if (w == "last" || w == "this" || w == "past") {
            if (next == "week") return add(i, i + 1, iso(*ref - days{w == "this" ? 0 : 7}).substr(0, 7)), true;
            if (next == "month")
                return add(i, i + 1, w == "this" ? iso(y, m) : (m == 1 ? iso(y - 1, 12) : iso(y, m - 1))), true;
            if (next == "year") return add(i, i + 1, iso(w == "this" ? y : y - 1)), true;
        }
        return false;
    }
};

// Whether a date may start at a word: a number, a month ("Dec" too), a day's name (yesterday and
// today too) or "last", "this", "past". Every scanner below fails on any other word, so skipping
// those changes nothing, and skips most words at once.
bool may_start_date(const std::string& w) {
    const std::size_t n = w.size();
    if (n == 0) return false;
    if (is_digit(w[0]) || w[0] == '-') return true;  // what number() may read
    if (n < 3) return false;
    // As string_views: std::string's ends_with and == call memcmp for every word.
    const std::string_view v = w;
    if (v.substr(n - 3) == "day" || v == "last" || v == "this" || v == "past") return true;
    const std::uint32_t prefix = first_three(w);
    return std::any_of(k_months.begin(), k_months.end(), [&](std::string_view m) { return first_three(m) == prefix; });
}

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    const std::string& article_date) {
    Scanner s{text, tokens, parse_iso(article_date), {}};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!may_start_date(tokens[i].folded)) continue;
        std::size_t before = s.out.size();
        if (s.iso_date(i) || s.month_first(i) || s.day_first(i) || s.weekday(i) || s.relative(i))
            i = s.out[before].last;
    }
    return s.out;
}

std::vector<DateMention> date_spans(std::string_view text, const std::vector<Token>& tokens) {
    constexpr char k_any_date[] = "2000-01-01";  // relative dates are found only against one
    return find_dates(text, tokens, k_any_date);
}

}  // namespace tracker::extract
