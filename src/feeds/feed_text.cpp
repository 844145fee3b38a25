#include "feeds/feed_text.h"

#include <chrono>
#include <cstdint>
#include <cstdio>

#include "read/date_text.h"
#include "read/html_article.h"

namespace tracker::feeds {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Spaces inside a line collapsed to one, runs of blank lines to one blank line, ends trimmed.
std::string collapse(std::string_view text, bool one_line) {
    std::string out;
    int newlines = 0;
    bool space = false;
    for (char c : text) {
        if (c == '\n' && !one_line) {
            ++newlines, space = false;
        } else if (is_space(c)) {
            space = true;
        } else {
            if (!out.empty() && newlines) out += newlines > 1 ? "\n\n" : "\n";
            else if (!out.empty() && space) out += ' ';
            out += c;
            newlines = 0, space = false;
        }
    }
    return out;
}

// Markup too deeply nested for the HTML reader (read/html_nesting.h) still holds the item's words:
// everything between '<' and '>' dropped, the rest kept as it is.
std::string without_tags(std::string_view html) {
    std::string out;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<' || c == '>') {
            in_tag = c == '<';
            out += ' ';
        } else if (!in_tag) {
            out += c;
        }
    }
    return out;
}

std::string html_text(std::string_view html) {
    auto page = read::read_html_article(html);
    return page ? page->text : without_tags(html);
}

}  // namespace

std::string plain_text(std::string_view text, bool html) {
    if (!html || text.find_first_of("<&") == std::string_view::npos) return collapse(text, false);
    return collapse(html_text(text), false);
}

std::string plain_title(std::string_view text, bool html) {
    if (!html || text.find_first_of("<&") == std::string_view::npos) return collapse(text, true);
    return collapse(html_text(text), true);
}

std::string iso_instant(std::string_view date) {
    const auto instant = read::parse_date_time(date);
    if (!instant) return "";
    const std::chrono::hh_mm_ss time(*instant - std::chrono::floor<std::chrono::days>(*instant));
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return read::iso_date(*instant) + clock;
}

void complete_id(FeedItem& item) {
    if (!item.id.empty()) return;
    if (!item.link.empty()) {
        item.id = item.link;
        return;
    }
    // FNV-1a 64 over title, a separator and text: enough to tell one feed's items apart.
    std::uint64_t hash = 0xcbf29ce484222325ull;
    const std::string key = item.title + '\x1f' + item.text;
    for (unsigned char c : key) hash = (hash ^ c) * 0x100000001b3ull;
    char hex[24];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    item.id = std::string("hash:") + hex;
}

}  // namespace tracker::feeds
