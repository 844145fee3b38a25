#include "read/article_metadata.h"

#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/metadata_lines.h"

namespace tracker::read {
namespace {

constexpr std::size_t k_max_headline = 200;
constexpr std::size_t k_min_headline_words = 3;
constexpr std::size_t k_min_brand = 4;
constexpr std::size_t k_max_brand = 40;
constexpr std::string_view k_headline_endings = ".:,;";
constexpr std::string_view k_footer_opening = "shared from ";
// What ends the name in "Shared from Scout - Be the smartest in the room."
constexpr std::string_view k_footer_separators[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | "};

std::string_view span_text(std::string_view text, Span span) {
    return text.substr(span.start, span.end - span.start);
}

std::string_view line_text(std::string_view text, const ArticleLine& line) {
    return trim(span_text(text, line.line));
}

bool looks_like_headline(std::string_view prose) {
    std::size_t words = 1;
    for (char c : prose)
        words += c == ' ' ? 1 : 0;
    return prose.size() < k_max_headline && words >= k_min_headline_words &&
           k_headline_endings.find(prose.back()) == std::string_view::npos;
}

std::string find_title(std::string_view text, const std::vector<ArticleLine>& lines) {
    std::size_t seen = 0;
    for (const ArticleLine& line : lines) {
        if (line.kind != LineKind::prose)
            continue;
        if (seen++ == k_title_window)
            break;
        if (!line.list_item && looks_like_headline(span_text(text, line.prose)))
            return std::string(span_text(text, line.prose));
    }
    return {};
}

// The first non-blank line, when it is one word that reads as a name.
std::optional<std::size_t> brand_line(std::string_view text, const std::vector<ArticleLine>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind == LineKind::blank)
            continue;
        std::string_view word = line_text(text, lines[i]);
        bool name_like = lines[i].kind == LineKind::prose && !lines[i].list_item &&
                         word.size() >= k_min_brand && word.size() <= k_max_brand &&
                         word.find_first_of(k_blank_bytes) == std::string_view::npos &&
                         (is_ascii_upper(word.front()) || is_ascii_digit(word.front())) &&
                         is_ascii_alnum(word.back());
        return name_like ? std::optional(i) : std::nullopt;
    }
    return std::nullopt;
}

std::string footer_publisher(std::string_view text, const std::vector<ArticleLine>& lines) {
    std::size_t seen = 0;
    for (auto line = lines.rbegin(); line != lines.rend() && seen < k_footer_window; ++line) {
        if (line->kind == LineKind::blank)
            continue;
        ++seen;
        std::string_view content = line_text(text, *line);
        if (!starts_with_folded(content, k_footer_opening))
            continue;
        std::string_view name = content.substr(k_footer_opening.size());
        for (std::string_view separator : k_footer_separators)
            name = name.substr(0, name.find(separator));
        return std::string(trim(name));
    }
    return {};
}

// The date one line gives, if it gives one.
std::optional<std::string> line_date(std::string_view text, const ArticleLine& line,
                                     const PageFurniture& furniture,
                                     std::chrono::system_clock::time_point modified) {
    std::string_view content = line_text(text, line);
    if (auto icon = furniture.leading_icon(content))
        content = trim(content.substr(icon->length));
    if (auto published = published_line(content, modified))
        return published->date;
    if (auto date = parse_date_text(content))
        return date;
    if (line.kind == LineKind::prose)
        return dateline_date(span_text(text, line.prose));
    return std::nullopt;
}

}  // namespace

ArticleMetadata find_metadata(std::string_view text, const std::vector<ArticleLine>& lines,
                              const PageFurniture& furniture,
                              std::chrono::system_clock::time_point modified) {
    ArticleMetadata found;
    found.publisher_line = brand_line(text, lines);
    if (found.publisher_line)
        found.source = line_text(text, lines[*found.publisher_line]);
    else
        found.source = footer_publisher(text, lines);
    found.title = find_title(text, lines);
    std::size_t seen = 0;
    for (const ArticleLine& line : lines) {
        if (line.kind == LineKind::blank)
            continue;
        if (seen++ == k_date_window)
            break;
        if (found.date.empty())
            found.date = line_date(text, line, furniture, modified).value_or("");
        if (found.author.empty())
            found.author = byline_author(line_text(text, line)).value_or("");
    }
    return found;
}

}  // namespace tracker::read
