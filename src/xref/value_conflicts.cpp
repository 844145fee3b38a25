// Value conflicts: counted quantities that should agree across a proposition's evidence but do
// not ("24,000 fake accounts" in one article, "20,000 accounts" in another).
//
// A counted quantity is a number (digits, optional thousands commas and decimals, optionally
// followed by million/billion/thousand/trillion) and then a unit: the first plural-looking noun
// among the next three words, the words skipped being its modifiers ("24,000 fake accounts",
// "2,000 B200 processors"). Not quantities: numbers glued to letters (B200, V3.1), percentages,
// money ($1 billion), and plain years (four digits 1900..2099 with no commas).
//
// A unit conflicts when its values, compared as numbers (16 million == 16,000,000), differ
// between sentences; two values in one sentence ("from 10,000 accounts to 24,000 accounts") are
// a change told once, not a disagreement.
#include "tracker/xref.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <tuple>

namespace tracker::xref {

namespace {

constexpr std::string_view k_multipliers[] = {"thousand", "million", "billion", "trillion"};
constexpr double k_multiplier_values[] = {1e3, 1e6, 1e9, 1e12};

// Words that end a quantity's phrase (a unit never follows them) or only look plural.
constexpr std::string_view k_stop_words[] = {
    "of", "in", "to", "and", "or", "the", "a", "an", "for", "from", "by", "on", "at", "with",
    "was", "is", "has", "its", "this", "thus", "as", "us", "across", "plus", "less", "yes",
    "percent", "per", "were", "are", "than", "since", "whereas", "always", "perhaps",
};
constexpr std::size_t k_unit_window = 3;

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_word_char(char c) { return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

template <std::size_t N>
std::optional<std::size_t> index_in(const std::string_view (&words)[N], std::string_view word) {
    const auto it = std::find(std::begin(words), std::end(words), word);
    if (it == std::end(words)) return std::nullopt;
    return static_cast<std::size_t>(it - std::begin(words));
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The end of the number starting at `start`: digits, commas between digit groups, a decimal.
std::size_t number_end(std::string_view s, std::size_t start) {
    std::size_t i = start;
    while (i < s.size() && (is_digit(s[i]) ||
                            ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() && is_digit(s[i + 1]))))
        ++i;
    return i;
}

// The next word at or after `pos`, skipping spaces only: punctuation ends the phrase.
std::string_view next_word(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < s.size() && (is_word_char(s[pos]) || s[pos] == '-')) ++pos;
    return s.substr(start, pos - start);
}

bool looks_plural(std::string_view lowered) {
    return lowered.size() >= 3 && lowered.back() == 's' && lowered[lowered.size() - 2] != '\'' &&
           std::all_of(lowered.begin(), lowered.end(), [](char c) { return is_alpha(c) || c == '-'; });
}

bool is_plain_year(std::string_view number) {
    if (number.size() != 4 || !std::all_of(number.begin(), number.end(), is_digit)) return false;
    const int year = std::atoi(std::string(number).c_str());
    return year >= 1900 && year <= 2099;
}

double value_of(std::string_view number) {
    std::string digits;
    for (char c : number)
        if (c != ',') digits.push_back(c);
    return std::strtod(digits.c_str(), nullptr);
}

// The quantity whose number starts at `start`, if a unit follows it.
std::optional<Quantity> quantity_at(std::string_view s, std::size_t start) {
    const std::size_t end = number_end(s, start);
    const std::string_view number = s.substr(start, end - start);
    if (end < s.size() && (is_alpha(s[end]) || s[end] == '%')) return std::nullopt;  // 5nm, 40%
    if (start > 0 && s[start - 1] == '$') return std::nullopt;
    std::size_t pos = end;
    std::string_view word = next_word(s, pos);
    double value = value_of(number);
    std::size_t shown_end = end;
    if (auto m = index_in(k_multipliers, lower(word))) {
        value *= k_multiplier_values[*m];
        shown_end = pos;
        word = next_word(s, pos);
    } else if (is_plain_year(number)) {
        return std::nullopt;
    }
    for (std::size_t n = 0; n < k_unit_window && !word.empty(); ++n) {
        const std::string lowered = lower(word);
        if (index_in(k_stop_words, lowered)) return std::nullopt;
        if (looks_plural(lowered))
            return Quantity{std::string(s.substr(start, shown_end - start)) + " " + std::string(word),
                            lowered, value};
        word = next_word(s, pos);
    }
    return std::nullopt;
}

// Every quantity of a sentence, repeats included.
std::vector<Quantity> all_quantities_in(std::string_view sentence) {
    std::vector<Quantity> found;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (!is_digit(sentence[i]) || (i > 0 && (is_word_char(sentence[i - 1]) || sentence[i - 1] == '.')))
            continue;
        if (auto q = quantity_at(sentence, i)) found.push_back(std::move(*q));
        i = number_end(sentence, i);
    }
    return found;
}

bool same_value(const Quantity& a, const Quantity& b) { return a.unit == b.unit && a.value == b.value; }

// One unit's distinct values in order of first sighting, with the sentence of each sighting.
struct UnitValues {
    std::string unit;
    std::vector<Quantity> values;
    std::vector<std::int64_t> sentences;
};

}  // namespace

std::vector<Quantity> quantities_in(std::string_view sentence) {
    std::vector<Quantity> distinct;
    for (Quantity& q : all_quantities_in(sentence))
        if (std::none_of(distinct.begin(), distinct.end(), [&](const Quantity& d) { return same_value(d, q); }))
            distinct.push_back(std::move(q));
    return distinct;
}

std::vector<std::string> conflicts_of(const std::vector<std::string>& evidence_sentences) {
    std::vector<QuantitySighting> sightings;
    for (std::size_t i = 0; i < evidence_sentences.size(); ++i) {
        int position = 0;
        for (Quantity& q : quantities_in(evidence_sentences[i])) {
            const bool seen = std::any_of(sightings.begin(), sightings.end(),
                                          [&](const QuantitySighting& s) { return same_value(s.quantity, q); });
            if (!seen) sightings.push_back({std::move(q), static_cast<std::int64_t>(i), position});
            ++position;
        }
    }
    return conflicts_among(std::move(sightings));
}

std::vector<std::string> conflicts_among(std::vector<QuantitySighting> sightings) {
    std::sort(sightings.begin(), sightings.end(), [](const QuantitySighting& a, const QuantitySighting& b) {
        return std::tie(a.sentence, a.position) < std::tie(b.sentence, b.position);
    });
    std::vector<UnitValues> units;  // in order of each unit's first sighting
    for (QuantitySighting& s : sightings) {
        auto unit = std::find_if(units.begin(), units.end(),
                                 [&](const UnitValues& u) { return u.unit == s.quantity.unit; });
        if (unit == units.end()) unit = units.insert(units.end(), UnitValues{s.quantity.unit, {}, {}});
        unit->values.push_back(std::move(s.quantity));
        unit->sentences.push_back(s.sentence);
    }
    std::vector<std::string> conflicts;
    for (const UnitValues& unit : units) {
        const bool across = std::adjacent_find(unit.sentences.begin(), unit.sentences.end(),
                                               std::not_equal_to<>()) != unit.sentences.end();
        if (unit.values.size() < 2 || !across) continue;
        std::string line = unit.values.front().text;
        for (std::size_t v = 1; v < unit.values.size(); ++v) line += " vs " + unit.values[v].text;
        conflicts.push_back(std::move(line));
    }
    return conflicts;
}

}  // namespace tracker::xref
