#include "read/front_matter.h"

#include "read/date_text.h"

namespace tracker::read {
namespace {

struct Line {
    std::string_view content;  // without its line end
    std::size_t next = 0;      // offset of the following line
};

Line line_at(std::string_view text, std::size_t at) {
    std::size_t newline = text.find('\n', at);
    std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    return {text.substr(at, end - at), next};
}

std::string_view trimmed(std::string_view s) {
    std::size_t first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view unquoted(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

// Stores one `key: value` line; returns the reason when it cannot.
std::string take_field(FrontMatter& block, std::string_view line, std::size_t line_number) {
    std::size_t colon = line.find(':');
    std::string key = lowercase(trimmed(line.substr(0, colon)));
    if (colon == std::string_view::npos || key.empty())
        return "front matter line " + std::to_string(line_number) + " is not \"key: value\"";
    std::string value(unquoted(trimmed(line.substr(colon + 1))));
    if (key == "title")
        block.title = value;
    else if (key == "source")
        block.source = value;
    else if (key == "url")
        block.url = value;
    else if (key == "author")
        block.author = value;
    else if (key == "date" && !value.empty()) {
        auto date = parse_date_text(value);
        if (!date)
            return "front matter date not understood: \"" + value + "\"";
        block.date = *date;
    }
    return {};
}

bool skipped(std::string_view line) {
    return trimmed(line).empty() || trimmed(line).front() == '#' || line.front() == ' ' ||
           line.front() == '\t';
}

}  // namespace

tl::expected<FrontMatter, std::string> parse_front_matter(std::string_view text) {
    FrontMatter block;
    Line opening = line_at(text, 0);
    if (trimmed(opening.content) != "---" || opening.content.front() != '-')
        return block;
    block.present = true;
    std::size_t line_number = 1;
    for (std::size_t at = opening.next; at < text.size();) {
        Line line = line_at(text, at);
        ++line_number;
        if (trimmed(line.content) == "---" || trimmed(line.content) == "...") {
            block.end = line.next;
            return block;
        }
        if (!skipped(line.content))
            if (std::string problem = take_field(block, line.content, line_number); !problem.empty())
                return tl::unexpected(problem);
        at = line.next;
    }
    return tl::unexpected(std::string("front matter never closes"));
}

}  // namespace tracker::read
