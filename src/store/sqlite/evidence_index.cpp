#include "store/sqlite/evidence_index.h"

#include <fmt/format.h>

#include "tracker/error.h"

namespace tracker::store {

namespace {

// The dates D: "YYYY", "YYYY-MM", "YYYY-MM-DD" of any digits, numbered in text order from 1:
// a year holds its own date, then for each of 100 months the month and its 100 days.
constexpr std::int64_t k_year_span = 1 + 100 * (1 + 100);
constexpr int k_absent = -1;

std::int64_t number_of(std::int64_t year, int month = k_absent, int day = k_absent) {
    const std::int64_t n = year * k_year_span + 1;
    if (month == k_absent) return n;
    if (day == k_absent) return n + 1 + month * 101;
    return n + 2 + month * 101 + day;
}

// Where a field of `width` digits at `text` stands among the `width`-digit strings.
struct Field {
    enum Kind { none, exact, between } kind = none;  // none: below them all; between: above
    std::int64_t value = 0;                          // `value` and below the next one
};

Field field_of(std::string_view text, int width) {
    std::int64_t prefix = 0;
    std::int64_t scale = 1;
    for (int i = 0; i < width; ++i) scale *= 10;
    for (int i = 0; i < width; ++i) {
        scale /= 10;
        const bool ended = static_cast<std::size_t>(i) == text.size();
        if (ended || text[i] < '0') {  // below every string that goes on from the digits read
            const std::int64_t below = prefix * scale * 10 - 1;
            return below < 0 ? Field{} : Field{Field::between, below};
        }
        if (text[i] > '9') return {Field::between, (prefix + 1) * scale * 10 - 1};  // above them
        prefix = prefix * 10 + (text[i] - '0');
    }
    return {Field::exact, prefix};
}

// Twice the number of the largest date of D at or below `text`, plus one unless it is `text`.
std::int64_t floor_code(std::string_view text) {
    auto code = [](std::int64_t number, bool exact) { return 2 * number + (exact ? 0 : 1); };
    const Field year = field_of(text, 4);
    if (year.kind == Field::none) return 1;
    if (year.kind == Field::between) return code(number_of(year.value, 99, 99), false);
    const std::int64_t y = year.value;
    if (text.size() == 4) return code(number_of(y), true);
    if (text[4] != '-') return text[4] < '-' ? code(number_of(y), false) : code(number_of(y, 99, 99), false);
    const Field month = field_of(text.substr(5), 2);
    if (month.kind == Field::none) return code(number_of(y), false);
    const int m = static_cast<int>(month.value);
    if (month.kind == Field::between) return code(number_of(y, m, 99), false);
    if (text.size() == 7) return code(number_of(y, m), true);
    if (text[7] != '-') return text[7] < '-' ? code(number_of(y, m), false) : code(number_of(y, m, 99), false);
    const Field day = field_of(text.substr(8), 2);
    if (day.kind == Field::none) return code(number_of(y, m), false);
    return code(number_of(y, m, static_cast<int>(day.value)), day.kind == Field::exact && text.size() == 10);
}

}  // namespace

std::int64_t timeline_code(std::string_view when_start) { return when_start.empty() ? 0 : floor_code(when_start); }

std::int64_t timeline_key(std::string_view when_start, std::int64_t claim_id) {
    if (claim_id < 0 || claim_id > k_timeline_id_mask)
        throw Fatal(fmt::format("claim id {} is beyond the {} bits of evidence_fts's timeline key", claim_id,
                                k_timeline_id_bits));
    return first_key_of(timeline_code(when_start)) | claim_id;
}

}  // namespace tracker::store
