#include "read/html_article.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/html_nesting.h"
#include "read/json_ld.h"

namespace tracker::read {
namespace {

constexpr GumboTag k_skipped_tags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_ASIDE,  GUMBO_TAG_FORM,   GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_SVG,    GUMBO_TAG_IFRAME, GUMBO_TAG_FIGURE,   GUMBO_TAG_FOOTER,   GUMBO_TAG_HEAD};

constexpr GumboTag k_block_tags[] = {
    GUMBO_TAG_P,          GUMBO_TAG_H1,     GUMBO_TAG_H2,      GUMBO_TAG_H3,     GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,     GUMBO_TAG_LI,      GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_PRE,        GUMBO_TAG_DIV,    GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
    GUMBO_TAG_HEADER,     GUMBO_TAG_UL,     GUMBO_TAG_OL,      GUMBO_TAG_DL,     GUMBO_TAG_DT,
    GUMBO_TAG_DD,         GUMBO_TAG_TABLE,  GUMBO_TAG_TR,      GUMBO_TAG_TD,     GUMBO_TAG_TH,
    GUMBO_TAG_BR,         GUMBO_TAG_HR,     GUMBO_TAG_ADDRESS, GUMBO_TAG_FIGCAPTION};

// Exact class/id words, too short to look for inside longer words ("ad" is in "header").
constexpr std::string_view k_noisy_words[] = {"ad", "ads", "adslot", "promo", "popup"};
// Class/id parts that mark noise wherever they appear ("comment-list", "shareBar").
constexpr std::string_view k_noisy_parts[] = {"comment", "share",     "sharing", "social",
                                              "related", "recommend", "newsletter",
                                              "subscribe", "cookie",  "sponsor", "advert",
                                              "outbrain", "taboola"};

template <class List>
bool contains(const List& list, GumboTag tag) {
    for (GumboTag each : list)
        if (each == tag)
            return true;
    return false;
}

std::string_view attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
    return found ? std::string_view(found->value) : std::string_view{};
}

bool is_noisy_name(std::string_view names) {
    std::string folded = folded_ascii(names);
    for (std::string_view part : k_noisy_parts)
        if (folded.find(part) != std::string::npos)
            return true;
    for (std::size_t start = 0; start < folded.size();) {
        std::size_t end = start;
        while (end < folded.size() && is_ascii_alnum(folded[end]))
            ++end;
        for (std::string_view word : k_noisy_words)
            if (std::string_view(folded).substr(start, end - start) == word)
                return true;
        start = end + 1;
    }
    return false;
}

bool is_skipped(const GumboElement& element, bool inside_article) {
    if (contains(k_skipped_tags, element.tag))
        return true;
    if (element.tag == GUMBO_TAG_HEADER && !inside_article)
        return true;
    if (gumbo_get_attribute(&element.attributes, "hidden") ||
        attribute(element, "aria-hidden") == "true")
        return true;
    return is_noisy_name(attribute(element, "class")) || is_noisy_name(attribute(element, "id"));
}

// Appends text with runs of whitespace (no-break spaces too) made one space.
void append_collapsed(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool nbsp = text.substr(i, 2) == "\xC2\xA0";
        if (k_blank_bytes.find(text[i]) == std::string_view::npos && !nbsp) {
            out += text[i];
            continue;
        }
        i += nbsp ? 1 : 0;
        if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
}

// Collects the article's text, block by block.
class TextCollector {
public:
    explicit TextCollector(bool root_is_article) : m_root_is_article(root_is_article) {}

    void collect(const GumboNode& node, bool is_root) {
        if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE ||
            node.type == GUMBO_NODE_CDATA) {
            append_collapsed(m_block, node.v.text.text);
            return;
        }
        if (node.type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement& element = node.v.element;
        if (!is_root && is_skipped(element, m_root_is_article))
            return;
        bool block = contains(k_block_tags, element.tag);
        if (block)
            flush();
        for (unsigned i = 0; i < element.children.length; ++i)
            collect(*static_cast<const GumboNode*>(element.children.data[i]), false);
        if (block)
            flush();
    }

    // Paragraphs separated by a blank line, the last ending with one line end.
    std::string text() {
        flush();
        if (!m_text.empty())
            m_text.pop_back();
        return m_text;
    }

private:
    void flush() {
        std::string_view paragraph = trim(m_block);
        if (!paragraph.empty())
            m_text.append(paragraph).append("\n\n");
        m_block.clear();
    }

    bool m_root_is_article;
    std::string m_block;
    std::string m_text;
};

std::size_t text_length(const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT)
        return std::strlen(node.v.text.text);
    if (node.type != GUMBO_NODE_ELEMENT || contains(k_skipped_tags, node.v.element.tag))
        return 0;
    std::size_t total = 0;
    for (unsigned i = 0; i < node.v.element.children.length; ++i)
        total += text_length(*static_cast<const GumboNode*>(node.v.element.children.data[i]));
    return total;
}

// What the page's <head> (and JSON-LD anywhere) says about it; the first value found is kept.
struct PageFacts {
    std::string title_tag, og_title, site_name, published_time, article_author, meta_author;
    std::string canonical, og_url;
    JsonLdArticle json_ld;
    bool json_ld_found = false;
    std::vector<const GumboNode*> articles, mains;
    const GumboNode* body = nullptr;
};

void keep_first(std::string& field, std::string_view value) {
    if (field.empty())
        field = trim(value);
}

std::string element_text(const GumboNode& node) {
    std::string text;
    for (unsigned i = 0; i < node.v.element.children.length; ++i) {
        auto child = static_cast<const GumboNode*>(node.v.element.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            append_collapsed(text, child->v.text.text);
    }
    return std::string(trim(text));
}

void note_meta(PageFacts& facts, const GumboElement& meta) {
    std::string key = folded_ascii(attribute(meta, "property"));
    if (key.empty())
        key = folded_ascii(attribute(meta, "name"));
    std::string_view content = attribute(meta, "content");
    if (key == "og:title")
        keep_first(facts.og_title, content);
    else if (key == "og:site_name")
        keep_first(facts.site_name, content);
    else if (key == "article:published_time")
        keep_first(facts.published_time, content);
    else if (key == "article:author" && !starts_with_folded(content, "http"))
        keep_first(facts.article_author, content);
    else if (key == "author")
        keep_first(facts.meta_author, content);
    else if (key == "og:url")
        keep_first(facts.og_url, content);
}

void note_script(PageFacts& facts, const GumboNode& script) {
    if (facts.json_ld_found || folded_ascii(attribute(script.v.element, "type")) != "application/ld+json")
        return;
    std::string json;
    for (unsigned i = 0; i < script.v.element.children.length; ++i) {
        auto child = static_cast<const GumboNode*>(script.v.element.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
            json += child->v.text.text;
    }
    JsonLdScan scan = scan_json_ld(json);
    facts.json_ld_found = scan.found;
    facts.json_ld = scan.article;
}

void gather_facts(PageFacts& facts, const GumboNode& node) {
    if (node.type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement& element = node.v.element;
    switch (element.tag) {
        case GUMBO_TAG_TITLE: keep_first(facts.title_tag, element_text(node)); break;
        case GUMBO_TAG_META: note_meta(facts, element); break;
        case GUMBO_TAG_SCRIPT: note_script(facts, node); break;
        case GUMBO_TAG_ARTICLE: facts.articles.push_back(&node); break;
        case GUMBO_TAG_MAIN: facts.mains.push_back(&node); break;
        case GUMBO_TAG_BODY: facts.body = &node; break;
        case GUMBO_TAG_LINK:
            if (folded_ascii(attribute(element, "rel")) == "canonical")
                keep_first(facts.canonical, attribute(element, "href"));
            break;
        default:
            if (attribute(element, "role") == "main")
                facts.mains.push_back(&node);
            break;
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        gather_facts(facts, *static_cast<const GumboNode*>(element.children.data[i]));
}

const GumboNode* main_article(const PageFacts& facts) {
    const GumboNode* best = nullptr;
    for (const GumboNode* article : facts.articles)
        if (!best || text_length(*article) > text_length(*best))
            best = article;
    if (!best && !facts.mains.empty())
        best = facts.mains.front();
    return best ? best : facts.body;
}

std::string first_of(std::initializer_list<std::string_view> candidates) {
    for (std::string_view candidate : candidates)
        if (!candidate.empty())
            return std::string(candidate);
    return {};
}

struct GumboDocument {
    explicit GumboDocument(std::string_view html)
        : output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
    ~GumboDocument() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
    GumboDocument(const GumboDocument&) = delete;
    GumboDocument& operator=(const GumboDocument&) = delete;
    GumboOutput* output;
};

// The depth of gumbo's tree of elements (the root <html> is 1), walked without recursion: the
// check that the estimate before parsing (html_nesting.h) was not fooled, made before anything
// here recurses over the tree.
std::size_t tree_depth(const GumboNode& root) {
    std::vector<std::pair<const GumboNode*, std::size_t>> pending{{&root, 1}};
    std::size_t deepest = 0;
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        deepest = std::max(deepest, depth);
        for (unsigned i = 0; i < node->v.element.children.length; ++i) {
            auto child = static_cast<const GumboNode*>(node->v.element.children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT)
                pending.emplace_back(child, depth + 1);
        }
    }
    return deepest;
}

std::string too_deep_reason() {
    return "HTML nested too deeply (over " + std::to_string(k_max_html_depth) + " levels)";
}

}  // namespace

tl::expected<HtmlArticle, std::string> read_html_article(std::string_view html) {
    if (estimated_html_depth(html) > k_max_html_depth)
        return tl::unexpected(too_deep_reason());
    GumboDocument document(html);
    if (tree_depth(*document.output->root) > k_max_html_depth)
        return tl::unexpected(too_deep_reason());
    PageFacts facts;
    gather_facts(facts, *document.output->root);
    HtmlArticle article;
    if (const GumboNode* root = main_article(facts)) {
        TextCollector collector(root->v.element.tag == GUMBO_TAG_ARTICLE);
        collector.collect(*root, true);
        article.text = collector.text();
    }
    const JsonLdArticle& ld = facts.json_ld;
    article.title = first_of({facts.og_title, ld.headline, facts.title_tag});
    article.source = first_of({facts.site_name, ld.publisher});
    article.author = first_of({ld.author, facts.article_author, facts.meta_author});
    article.url = first_of({facts.canonical, facts.og_url});
    article.date = parse_date_text(facts.published_time)
                       .value_or(parse_date_text(ld.date_published).value_or(""));
    return article;
}

}  // namespace tracker::read
