// An article's text seen as lines, each judged prose or furniture: the ground both the body (the
// spans the extractor reads) and the metadata heuristics (title, publisher, date) stand on.
//
// A prose line's prose starts after what a web copy puts before it: a bullet ("•", "·", "- ",
// "* "), a Markdown heading or quote mark ("## ", "> "), a Material icon name glued to the text
// ("check_circleThis ..."), and a list number glued to a capitalised word ("1DeepSeek, ..."). It
// ends before trailing spaces and the line end (CR included).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "read/page_furniture.h"
#include "tracker/article.h"

namespace tracker::read {

enum class LineKind { blank, furniture, prose };

struct ArticleLine {
    Span line;    // the whole line, without its line end
    Span prose;   // where the prose is, for a prose line
    LineKind kind = LineKind::blank;
    bool list_item = false;  // it had a bullet or a list number
    bool heads_list = false;  // "Related", "More from ...": the list items under it are furniture
};

// The lines of text[from, end), in order.
std::vector<ArticleLine> read_lines(std::string_view text, std::size_t from,
                                    const PageFurniture& furniture);

// The body: one span per prose line, in order, except that a line continuing a hard-wrapped
// paragraph (the line before ends without . ! ? : or a closing quote, and this one starts with a
// lowercase letter) extends the span before it. List items never join.
std::vector<Span> body_spans(std::string_view text, const std::vector<ArticleLine>& lines);

}  // namespace tracker::read
