#include "read/html_nesting.h"

#include <algorithm>
#include <string>
#include <vector>

#include "read/ascii_text.h"

namespace tracker::read {
namespace {

constexpr std::size_t k_not_found = std::string_view::npos;
// How far below the current node a search for an open element looks. Real pages close what they
// open within a few levels; beyond the window nothing is closed, which errs deep, and no tag
// costs more than this many steps.
constexpr std::size_t k_search_window = 64;

// Element names, lowercase, as the HTML standard's tree-construction rules list them.
constexpr std::string_view k_void_elements[] = {
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
constexpr std::string_view k_special_elements[] = {
    "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
    "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div",
    "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
    "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
    "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script",
    "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"};
constexpr std::string_view k_scope_boundaries[] = {"applet", "caption", "html",  "table",   "td",
                                                   "th",     "marquee", "object", "template"};
// SVG and MathML elements whose children are parsed as HTML; they bound scopes too.
constexpr std::string_view k_integration_points[] = {"foreignobject", "desc", "title", "mi", "mo",
                                                     "mn", "ms", "mtext", "annotation-xml"};
// HTML start tags that end SVG or MathML content ("font" only with some attributes: see below).
constexpr std::string_view k_breakout_tags[] = {
    "b",  "big", "blockquote", "body", "br",   "center", "code",   "dd",   "div",   "dl",
    "dt", "em",  "embed",      "h1",   "h2",   "h3",     "h4",     "h5",   "h6",    "head",
    "hr", "i",   "img",        "li",   "listing", "menu", "meta",  "nobr", "ol",    "p",
    "pre", "ruby", "s",        "small", "span", "strong", "strike", "sub", "sup",   "table",
    "tt", "u",   "ul",         "var",  "font"};
// End tags that close the nearest element of their name within the default scope; other end
// tags stop at the first special element instead.
constexpr std::string_view k_scoped_end_tags[] = {
    "address", "applet",  "article", "aside",   "blockquote", "button", "center", "details",
    "dialog",  "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure", "footer",
    "header",  "hgroup",  "listing", "main",    "marquee",    "menu",   "nav",    "object",
    "ol",      "pre",     "search",  "section", "summary",    "ul",     "dd",     "dt",
    "template"};
constexpr std::string_view k_table_parts[] = {"caption", "colgroup", "table", "tbody", "td",
                                              "tfoot",   "th",       "thead", "tr"};
constexpr std::string_view k_headings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
constexpr std::string_view k_rawtext_elements[] = {"style", "xmp", "iframe", "noembed", "noframes",
                                                   "title", "textarea"};

template <class List>
bool is_listed(const List& list, std::string_view name) {
    return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

bool is_tag_end(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// --- the stack of open elements ----------------------------------------------------------------

// What the tokenizer reads after a start tag.
enum class Content { markup, rawtext, script, plaintext };

// Where a search for an open element gives up.
enum class Stop { current_only, scope, button_scope, list_item_scope, table_scope, special, special_but_adp };

struct OpenElement {
    std::string name;
    bool foreign = false;           // an SVG or MathML element
    bool foreign_children = false;  // its children are SVG/MathML too (not an integration point)
};

class OpenElements {
public:
    Content start_tag(std::string_view name, bool self_closing);
    void end_tag(std::string_view name);
    // The current node is an SVG or MathML element: "<![CDATA[" opens a CDATA section.
    bool in_foreign_element() const { return !m_open.empty() && m_open.back().foreign; }
    std::size_t deepest() const { return m_deepest; }

private:
    bool in_foreign_content() const { return !m_open.empty() && m_open.back().foreign_children; }
    bool in_select() const;
    Content select_start_tag(std::string_view name, bool self_closing);
    void close_replaced_sibling(std::string_view name);
    Content html_start_tag(std::string_view name, bool self_closing);
    bool stops(Stop stop, const OpenElement& element) const;
    template <class List>
    std::size_t find_open(const List& names, Stop stop) const;
    void pop_to(std::size_t index) { m_open.resize(index); }
    void push(std::string_view name, bool foreign);

    std::vector<OpenElement> m_open;
    std::size_t m_deepest = 0;
};

void OpenElements::push(std::string_view name, bool foreign) {
    m_open.push_back({std::string(name), foreign, foreign && !is_listed(k_integration_points, name)});
    m_deepest = std::max(m_deepest, m_open.size());
}

bool OpenElements::stops(Stop stop, const OpenElement& element) const {
    const std::string_view name = element.name;
    const bool boundary = element.foreign ? is_listed(k_integration_points, name) : is_listed(k_scope_boundaries, name);
    const bool special = element.foreign ? is_listed(k_integration_points, name) : is_listed(k_special_elements, name);
    switch (stop) {
        case Stop::current_only: return true;
        case Stop::scope: return boundary;
        case Stop::button_scope: return boundary || (!element.foreign && name == "button");
        case Stop::list_item_scope: return boundary || (!element.foreign && (name == "ol" || name == "ul"));
        case Stop::table_scope: return !element.foreign && (name == "html" || name == "table" || name == "template");
        case Stop::special: return special;
        case Stop::special_but_adp: return special && name != "address" && name != "div" && name != "p";
    }
    return true;
}

// The index of the nearest open HTML element named in `names`, searching down from the current
// node until `stop` says so; k_not_found when there is none.
template <class List>
std::size_t OpenElements::find_open(const List& names, Stop stop) const {
    for (std::size_t seen = 0; seen < k_search_window && seen < m_open.size(); ++seen) {
        const std::size_t index = m_open.size() - 1 - seen;
        const OpenElement& element = m_open[index];
        if (!element.foreign && is_listed(names, element.name)) return index;
        if (stops(stop, element)) return k_not_found;
    }
    return k_not_found;
}

bool OpenElements::in_select() const {
    for (std::size_t seen = 0; seen < k_search_window && seen < m_open.size(); ++seen) {
        const std::string& name = m_open[m_open.size() - 1 - seen].name;
        if (name == "select") return true;
        if (name != "option" && name != "optgroup") return false;
    }
    return false;
}

// A start tag that implicitly ends an open sibling: a new paragraph, list item, row, cell, link...
void OpenElements::close_replaced_sibling(std::string_view name) {
    static constexpr std::string_view p[] = {"p"}, li[] = {"li"}, dd_dt[] = {"dd", "dt"}, cell[] = {"td", "th"},
                                      row[] = {"tr"}, sections[] = {"tbody", "thead", "tfoot"},
                                      option[] = {"option"}, optgroup[] = {"optgroup"}, link[] = {"a"},
                                      button[] = {"button"};
    std::size_t open = k_not_found;
    if (name == "p") open = find_open(p, Stop::button_scope);
    else if (name == "li") open = find_open(li, Stop::special_but_adp);
    else if (name == "dd" || name == "dt") open = find_open(dd_dt, Stop::special_but_adp);
    else if (name == "td" || name == "th") open = find_open(cell, Stop::table_scope);
    else if (name == "tr") open = find_open(row, Stop::table_scope);
    else if (is_listed(sections, name)) open = find_open(sections, Stop::table_scope);
    else if (is_listed(k_headings, name)) open = find_open(k_headings, Stop::current_only);
    else if (name == "a") open = find_open(link, Stop::special);  // the adoption agency, simply
    else if (name == "button") open = find_open(button, Stop::scope);
    else if (name == "option" || name == "optgroup") {
        if (std::size_t o = find_open(option, Stop::current_only); o != k_not_found) pop_to(o);
        if (name == "optgroup") open = find_open(optgroup, Stop::current_only);
    }
    if (open != k_not_found) pop_to(open);
}

// Inside <select> only options, groups and scripts count; a field or a table tag ends it.
Content OpenElements::select_start_tag(std::string_view name, bool self_closing) {
    static constexpr std::string_view select[] = {"select"}, table[] = {"table"};
    const std::size_t open_select = find_open(select, Stop::special_but_adp);
    if (name == "option" || name == "optgroup") {
        close_replaced_sibling(name);
        push(name, false);
        return Content::markup;
    }
    if (name == "script") return Content::script;
    if (name == "select") {
        if (open_select != k_not_found) pop_to(open_select);
        return Content::markup;
    }
    const bool table_tag = is_listed(k_table_parts, name);
    const bool in_table = table_tag && find_open(table, Stop::table_scope) != k_not_found;
    if ((name == "input" || name == "keygen" || name == "textarea" || in_table) && open_select != k_not_found) {
        pop_to(open_select);
        return start_tag(name, self_closing);
    }
    return Content::markup;  // ignored
}

Content OpenElements::html_start_tag(std::string_view name, bool self_closing) {
    if (name == "svg" || name == "math") {
        if (!self_closing) push(name, true);
        return Content::markup;
    }
    if (name == "script") return Content::script;
    if (name == "plaintext") return Content::plaintext;
    if (is_listed(k_rawtext_elements, name)) return Content::rawtext;
    if (is_listed(k_void_elements, name)) return Content::markup;
    close_replaced_sibling(name);
    push(name, false);
    return Content::markup;
}

Content OpenElements::start_tag(std::string_view name, bool self_closing) {
    if (in_foreign_content()) {
        if (!is_listed(k_breakout_tags, name)) {
            if (!self_closing) push(name, true);
            return Content::markup;
        }
        // <font> breaks out only with a color, face or size attribute: taking it as HTML
        // without leaving the SVG or MathML errs deep either way.
        if (name != "font")
            while (in_foreign_content()) m_open.pop_back();
    }
    if (in_select()) return select_start_tag(name, self_closing);
    return html_start_tag(name, self_closing);
}

void OpenElements::end_tag(std::string_view name) {
    if (in_foreign_content()) {
        for (std::size_t index = m_open.size(); index > 0 && m_open[index - 1].foreign; --index)
            if (m_open[index - 1].name == name) {
                pop_to(index - 1);
                return;
            }
    }
    const std::string_view names[] = {name};
    if (in_select()) {
        if (name == "option" || name == "optgroup" || name == "select")
            if (std::size_t open = find_open(names, Stop::special_but_adp); open != k_not_found) pop_to(open);
        return;
    }
    // </body> and </html> close nothing: what follows is still read into the body. </br> is a
    // <br>, and a </p> without a p makes an empty one.
    if (name == "body" || name == "html" || name == "br" || name == "head") return;
    std::size_t open = k_not_found;
    if (name == "form") {  // the form element alone leaves the stack
        if (open = find_open(names, Stop::scope); open != k_not_found) m_open.erase(m_open.begin() + open);
        return;
    }
    if (name == "p") open = find_open(names, Stop::button_scope);
    else if (name == "li") open = find_open(names, Stop::list_item_scope);
    else if (is_listed(k_headings, name)) open = find_open(k_headings, Stop::scope);
    else if (is_listed(k_table_parts, name)) open = find_open(names, Stop::table_scope);
    else if (is_listed(k_scoped_end_tags, name)) open = find_open(names, Stop::scope);
    else open = find_open(names, Stop::special);
    if (open != k_not_found) pop_to(open);
}

// --- the tokenizer -----------------------------------------------------------------------------

// Case-insensitive: does `text` hold the lowercase `name` at `at`?
bool has_name_at(std::string_view text, std::size_t at, std::string_view name) {
    return starts_with_folded(text.substr(std::min(at, text.size())), name);
}

// `prefix` + `name` at `at`, followed by a space, '/' or '>' ("</script>", "<script ").
bool has_tag_at(std::string_view text, std::size_t at, std::string_view prefix, std::string_view name) {
    const std::size_t after = at + prefix.size() + name.size();
    return text.substr(at, prefix.size()) == prefix && has_name_at(text, at + prefix.size(), name) &&
           after < text.size() && is_tag_end(text[after]);
}

// The position of the next `prefix` + `name` tag at or after `from`, or text.size().
std::size_t find_tag(std::string_view text, std::size_t from, std::string_view prefix, std::string_view name) {
    for (std::size_t at = text.find(prefix, from); at != k_not_found; at = text.find(prefix, at + 1))
        if (has_tag_at(text, at, prefix, name)) return at;
    return text.size();
}

// Just past the next `c` at or after `from`, or text.size().
std::size_t after(std::string_view text, char c, std::size_t from) {
    const std::size_t at = text.find(c, from);
    return at == k_not_found ? text.size() : at + 1;
}

// `from` is just past "<!--". Gumbo closes "<!-->" and "<!--->" at once, else at "-->" or "--!>".
std::size_t comment_end(std::string_view text, std::size_t from) {
    if (text.substr(from, 1) == ">") return from + 1;
    if (text.substr(from, 2) == "->") return from + 2;
    for (std::size_t at = text.find("--", from); at != k_not_found; at = text.find("--", at + 1)) {
        std::size_t end = at + 2;
        while (end < text.size() && text[end] == '-') ++end;
        if (text.substr(end, 1) == ">") return end + 1;
        if (text.substr(end, 2) == "!>") return end + 2;
    }
    return text.size();
}

// `from` is just past "<!": a comment, a CDATA section (in SVG and MathML only), else a doctype
// or a bogus comment, which end at the first '>'.
std::size_t markup_declaration_end(std::string_view text, std::size_t from, bool in_foreign_element) {
    if (text.substr(from, 2) == "--") return comment_end(text, from + 2);
    if (in_foreign_element && text.substr(from, 7) == "[CDATA[") {
        const std::size_t end = text.find("]]>", from + 7);
        return end == k_not_found ? text.size() : end + 3;
    }
    return after(text, '>', from);
}

// Where a search for the next match starts over only once the reader has passed it: positions
// only grow, so each search runs over the text once.
class NextMatch {
public:
    template <class Search>
    std::size_t at_or_after(std::size_t from, Search search) {
        if (!m_valid || m_found < from) m_found = search(from), m_valid = true;
        return m_found;
    }

private:
    std::size_t m_found = 0;
    bool m_valid = false;
};

// Where a script's text ends (its "</script"), following the script data states: inside
// "<!--" a "<script" starts a double escape, in which "</script>" does not end the script.
std::size_t script_end(std::string_view text, std::size_t from) {
    enum class State { data, escaped, double_escaped } state = State::data;
    NextMatch close_tag, open_tag, comment_open, comment_close;
    const std::size_t none = text.size();
    for (std::size_t at = from;;) {
        const std::size_t close = close_tag.at_or_after(at, [&](std::size_t f) { return find_tag(text, f, "</", "script"); });
        const std::size_t dashes = comment_close.at_or_after(at, [&](std::size_t f) { return std::min(text.find("-->", f), none); });
        if (state == State::data) {
            const std::size_t open = comment_open.at_or_after(at, [&](std::size_t f) { return std::min(text.find("<!--", f), none); });
            if (close <= open) return close;
            for (at = open + 4; at < none && text[at] == '-';) ++at;  // "<!-->" leaves the escape at once
            if (at < none && text[at] == '>') ++at;
            else state = State::escaped;
        } else if (state == State::escaped) {
            const std::size_t nested = open_tag.at_or_after(at, [&](std::size_t f) { return find_tag(text, f, "<", "script"); });
            if (close == none && dashes == none && nested == none) return none;
            if (dashes < close && dashes < nested) at = dashes + 3, state = State::data;
            else if (close < nested) return close;
            else at = nested + 7, state = State::double_escaped;
        } else {
            if (close == none && dashes == none) return none;
            if (dashes < close) at = dashes + 3, state = State::data;
            else at = close + 8, state = State::escaped;
        }
    }
}

struct Tag {
    std::string name;  // lowercase
    bool self_closing = false;
    bool complete = false;  // false: the input ended inside it, and the tokenizer drops it
    std::size_t end = 0;    // just past its '>'
};

// Skips one attribute starting at `at`; returns where it ends.
std::size_t attribute_end(std::string_view text, std::size_t at) {
    ++at;  // the first character is part of the name, even '=' or a quote
    while (at < text.size() && !is_tag_end(text[at]) && text[at] != '=') ++at;
    std::size_t value = at;
    while (value < text.size() && is_space(text[value])) ++value;
    if (value >= text.size() || text[value] != '=') return at;
    for (++value; value < text.size() && is_space(text[value]);) ++value;
    if (value < text.size() && (text[value] == '"' || text[value] == '\'')) {
        const std::size_t quote = text.find(text[value], value + 1);
        return quote == k_not_found ? text.size() : quote + 1;
    }
    while (value < text.size() && !is_space(text[value]) && text[value] != '>') ++value;
    return value;
}

// The tag whose name starts at `at` (just past "<" or "</").
Tag read_tag(std::string_view text, std::size_t at) {
    Tag tag;
    std::size_t end = at;
    while (end < text.size() && !is_tag_end(text[end])) ++end;
    tag.name = folded_ascii(text.substr(at, end - at));
    while (end < text.size()) {
        const char c = text[end];
        if (c == '>') {
            tag.complete = true;
            tag.end = end + 1;
            return tag;
        }
        if (c == '/' && end + 1 < text.size() && text[end + 1] == '>') {
            tag.self_closing = tag.complete = true;
            tag.end = end + 2;
            return tag;
        }
        end = is_space(c) || c == '/' ? end + 1 : attribute_end(text, end);
    }
    tag.end = text.size();
    return tag;
}

// "<frameset>"s anywhere: inside a frameset gumbo reads what this tokenizer may take for raw
// text, and framesets are the only elements that nest there.
std::size_t frameset_tags(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t at = text.find('<'); at != k_not_found; at = text.find('<', at + 1))
        if (has_tag_at(text, at, "<", "frameset")) ++count;
    return count;
}

}  // namespace

std::size_t estimated_html_depth(std::string_view html, std::size_t limit) {
    OpenElements open;
    for (std::size_t at = 0; at < html.size() && open.deepest() <= limit;) {
        const std::size_t less_than = html.find('<', at);
        if (less_than == k_not_found || less_than + 1 >= html.size()) break;
        at = less_than + 1;
        const char c = html[at];
        if (c == '!') {
            at = markup_declaration_end(html, at + 1, open.in_foreign_element());
            continue;
        }
        if (c == '?') {
            at = after(html, '>', at);
            continue;
        }
        const bool end_tag = c == '/';
        const std::size_t name = end_tag ? at + 1 : at;
        if (name >= html.size() || !is_ascii_letter(html[name])) {
            // "<" before anything else is text; "</>" is dropped; "</ x>" is a bogus comment
            if (end_tag) at = html.substr(name, 1) == ">" ? name + 1 : after(html, '>', name);
            continue;
        }
        const Tag tag = read_tag(html, name);
        if (!tag.complete) break;
        at = tag.end;
        if (end_tag) {
            open.end_tag(tag.name);
            continue;
        }
        switch (open.start_tag(tag.name, tag.self_closing)) {
            case Content::markup: break;
            case Content::rawtext: at = find_tag(html, at, "</", tag.name); break;
            case Content::script: at = script_end(html, at); break;
            case Content::plaintext: at = html.size(); break;
        }
    }
    return std::max(open.deepest(), frameset_tags(html));
}

}  // namespace tracker::read
