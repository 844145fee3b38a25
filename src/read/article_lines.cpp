#include "read/article_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "read/ascii_text.h"
#include "read/furniture_shapes.h"

namespace tracker::read {
namespace {

// Bullets a copy may glue to the text; "-", "*" and "+" count only before a space, since they
// also start prose ("-5% on the day", "*Updated").
constexpr std::string_view k_glued_bullets[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\xA3",
                                                "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F"};
constexpr std::string_view k_spaced_marks[] = {"- ", "* ", "+ ", "> ", "###### ", "##### ",
                                               "#### ", "### ", "## ", "# "};
// What ends a sentence or a quotation at the end of a line.
constexpr std::string_view k_line_endings[] = {".", "!", "?", ":", ";", "\"", ")",
                                               "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"};

// The code point at `at` (text is valid UTF-8), or -1 at the end.
UChar32 code_point_at(std::string_view text, std::size_t at) {
    if (at >= text.size())
        return -1;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c;
}

// Takes off a bullet or a Markdown mark, and the spaces after it; true when it was a bullet.
bool skip_bullet(std::string_view& rest) {
    for (std::string_view bullet : k_glued_bullets)
        if (rest.substr(0, bullet.size()) == bullet) {
            rest = trim(rest.substr(bullet.size()));
            return true;
        }
    for (std::string_view mark : k_spaced_marks)
        if (rest.substr(0, mark.size()) == mark) {
            rest = trim(rest.substr(mark.size()));
            return mark.front() != '>' && mark.front() != '#';
        }
    return false;
}

// Takes off "1" in "1DeepSeek, ..." (one or two digits, then a capital and a lowercase letter,
// so "4G networks" and "3D printing" stay whole) or "1. " / "1) ".
bool skip_list_number(std::string_view& rest) {
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 3 && is_ascii_digit(rest[digits]))
        ++digits;
    if (digits == 0)
        return false;
    if (rest.substr(digits, 2) == ". " || rest.substr(digits, 2) == ") ") {
        rest = trim(rest.substr(digits + 2));
        return true;
    }
    UChar32 capital = code_point_at(rest, digits);
    UChar32 next = capital < 0 ? -1 : code_point_at(rest, digits + U8_LENGTH(capital));
    if (digits > 2 || capital < 0 || !u_isupper(capital) || next < 0 || !u_islower(next))
        return false;
    rest.remove_prefix(digits);
    return true;
}

ArticleLine judge_line(std::string_view text, Span line, const PageFurniture& furniture) {
    ArticleLine judged{line, {}, LineKind::furniture, false};
    std::string_view rest = trim(text.substr(line.start, line.end - line.start));
    if (rest.empty())
        return {line, {}, LineKind::blank, false};
    if (is_rule_line(rest))
        return judged;
    judged.list_item = skip_bullet(rest);
    if (auto icon = furniture.leading_icon(rest)) {
        if (icon->whole_line)
            return judged;
        rest = trim(rest.substr(icon->length));
    }
    if (rest.empty() || furniture.is_furniture(rest)) {
        judged.heads_list = !rest.empty() && furniture.heads_list(rest);
        return judged;
    }
    judged.list_item = skip_list_number(rest) || judged.list_item;
    if (rest.empty())
        return judged;
    std::size_t start = static_cast<std::size_t>(rest.data() - text.data());
    judged.prose = {start, start + rest.size()};
    judged.kind = LineKind::prose;
    return judged;
}

bool ends_sentence(std::string_view prose) {
    for (std::string_view ending : k_line_endings)
        if (prose.size() >= ending.size() && prose.substr(prose.size() - ending.size()) == ending)
            return true;
    return false;
}

}  // namespace

std::vector<ArticleLine> read_lines(std::string_view text, std::size_t from,
                                    const PageFurniture& furniture) {
    std::vector<ArticleLine> lines;
    bool under_list_head = false;  // the lines since a list's heading were list items or blank
    for (std::size_t at = from; at < text.size();) {
        std::size_t newline = text.find('\n', at);
        std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        ArticleLine line = judge_line(text, {at, end}, furniture);
        // "Related" over "- Anthropic names three labs ...", "Read more:" over a headline with no
        // bullet (no sentence's end): links to other stories, no prose.
        const bool link_title =
            line.list_item ||
            !ends_sentence(text.substr(line.prose.start, line.prose.end - line.prose.start));
        if (under_list_head && line.kind == LineKind::prose && link_title)
            line.kind = LineKind::furniture;
        under_list_head = line.heads_list || (under_list_head && (line.kind != LineKind::prose));
        lines.push_back(line);
        at = end + 1;
    }
    return lines;
}

std::vector<Span> body_spans(std::string_view text, const std::vector<ArticleLine>& lines) {
    std::vector<Span> body;
    const ArticleLine* previous = nullptr;  // the line before, when it was prose
    for (const ArticleLine& line : lines) {
        if (line.kind != LineKind::prose) {
            previous = nullptr;
            continue;
        }
        std::string_view before =
            previous ? text.substr(previous->prose.start, previous->prose.end - previous->prose.start)
                     : std::string_view{};
        bool continues = previous && !previous->list_item && !line.list_item &&
                         !ends_sentence(before) && u_islower(code_point_at(text, line.prose.start));
        if (continues)
            body.back().end = line.prose.end;
        else
            body.push_back(line.prose);
        previous = &line;
    }
    return body;
}

}  // namespace tracker::read
