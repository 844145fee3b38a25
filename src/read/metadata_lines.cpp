#include "read/metadata_lines.h"

#include <cstddef>

#include "read/ascii_text.h"
#include "read/date_text.h"

namespace tracker::read {
namespace {

using namespace std::chrono;

// Words that may stand lowercase in a byline's names.
constexpr std::string_view k_name_particles[] = {"and", "&", "de", "van", "von", "der",
                                                 "la", "le", "bin", "al", "da", "di"};
constexpr std::size_t k_max_byline = 80;
constexpr std::size_t k_max_byline_words = 8;

constexpr std::string_view k_published_openings[] = {
    "originally published", "first published", "last updated", "published", "updated", "posted"};

constexpr std::string_view k_dashes[] = {"\xE2\x80\x94", "\xE2\x80\x93", "-", ":"};

struct TimeUnit {
    std::string_view name;
    seconds length;
};
constexpr TimeUnit k_units[] = {{"second", seconds{1}}, {"minute", minutes{1}},
                                {"hour", hours{1}},     {"day", days{1}},
                                {"week", weeks{1}}};

bool is_name_word(std::string_view word) {
    if (!word.empty() && word.back() == ',')
        word.remove_suffix(1);
    if (word.empty())
        return false;
    for (std::string_view particle : k_name_particles)
        if (word == particle)
            return true;
    // Uppercase ASCII, or a non-ASCII letter we do not judge ("Émile").
    return is_ascii_upper(word.front()) || static_cast<unsigned char>(word.front()) >= 0x80;
}

std::string_view next_word(std::string_view& rest) {
    rest = trim(rest);
    std::size_t end = rest.find(' ');
    std::string_view word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
    return word;
}

// "16 hours ago", "yesterday": how long before `now`, or nullopt.
std::optional<seconds> relative_age(std::string_view text) {
    if (starts_with_folded(text, "just now") || starts_with_folded(text, "today"))
        return seconds{0};
    if (starts_with_folded(text, "yesterday"))
        return seconds{days{1}};
    std::string_view count = next_word(text);
    std::string unit = folded_ascii(next_word(text));
    if (count.empty() || count.size() > 4 || count.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    if (unit.size() > 1 && unit.back() == 's')
        unit.pop_back();
    if (!starts_with_folded(trim(text), "ago"))
        return std::nullopt;
    for (const TimeUnit& known : k_units)
        if (unit == known.name)
            return known.length * std::stoi(std::string(count));
    return std::nullopt;
}

}  // namespace

std::optional<std::string> byline_author(std::string_view line) {
    if (!starts_with_folded(line, "by ") || line.size() > k_max_byline || line.back() == '.')
        return std::nullopt;
    std::string_view names = trim(line.substr(3));
    std::string_view rest = names;
    std::size_t words = 0;
    for (std::string_view word = next_word(rest); !word.empty(); word = next_word(rest), ++words)
        if (!is_name_word(word) || words == k_max_byline_words)
            return std::nullopt;
    if (words == 0)
        return std::nullopt;
    return std::string(names);
}

std::optional<PublishedLine> published_line(std::string_view line,
                                            system_clock::time_point now) {
    std::string_view rest;
    for (std::string_view opening : k_published_openings)
        if (starts_with_folded(line, opening) && rest.empty())
            rest = line.substr(opening.size());
    if (rest.empty() || is_ascii_alnum(rest.front()))
        return std::nullopt;  // "Publishedly", or nothing after the opening
    rest = trim(rest);
    if (starts_with_folded(rest, ":"))
        rest = trim(rest.substr(1));
    else if (starts_with_folded(rest, "on ") || starts_with_folded(rest, "at "))
        rest = trim(rest.substr(3));
    if (auto age = relative_age(rest))
        return PublishedLine{iso_date(floor<seconds>(now) - *age)};
    if (auto dated = parse_leading_date(rest))
        return PublishedLine{iso_date(dated->instant)};
    return std::nullopt;
}

std::optional<std::string> dateline_date(std::string_view line) {
    auto dated = parse_leading_date(line);
    std::size_t comma = line.find(',');
    if (!dated && comma != std::string_view::npos) {
        std::string_view place = line.substr(0, comma), rest = place;
        for (std::string_view word = next_word(rest); !word.empty(); word = next_word(rest))
            if (!is_name_word(word))
                return std::nullopt;
        line = trim(line.substr(comma + 1));
        dated = parse_leading_date(line);
    }
    if (!dated)
        return std::nullopt;
    std::string_view after = trim(line.substr(dated->length));
    for (std::string_view dash : k_dashes)
        if (after.substr(0, dash.size()) == dash)
            return iso_date(dated->instant);
    return std::nullopt;
}

}  // namespace tracker::read
