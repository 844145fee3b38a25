#include "read/html_article.h"

#include <gumbo.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/html_nesting.h"
#include "read/html_node.h"
#include "read/main_content.h"
#include "read/page_metadata.h"

namespace tracker::read {
namespace {

constexpr GumboTag k_block_tags[] = {
    GUMBO_TAG_P,          GUMBO_TAG_H1,     GUMBO_TAG_H2,      GUMBO_TAG_H3,     GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,     GUMBO_TAG_LI,      GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_PRE,        GUMBO_TAG_DIV,    GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
    GUMBO_TAG_HEADER,     GUMBO_TAG_UL,     GUMBO_TAG_OL,      GUMBO_TAG_DL,     GUMBO_TAG_DT,
    GUMBO_TAG_DD,         GUMBO_TAG_TABLE,  GUMBO_TAG_TR,      GUMBO_TAG_TD,     GUMBO_TAG_TH,
    GUMBO_TAG_BR,         GUMBO_TAG_HR,     GUMBO_TAG_ADDRESS, GUMBO_TAG_FIGCAPTION};

// What the text of the main content must reach before the rules are relaxed (readability's
// charThreshold), in bytes of text.
constexpr std::size_t k_enough_text = 500;

// Collects the text of the main content, block by block.
class TextCollector {
public:
    explicit TextCollector(const MainContent& content) : m_content(content) {}

    void collect(const GumboNode& node) {
        if (is_text(node)) {
            append_collapsed(m_block, node.v.text.text);
            return;
        }
        if (!is_element(node) || m_content.left_out.count(&node))
            return;
        bool block = tag_in(k_block_tags, node.v.element.tag);
        if (block)
            flush();
        for (const GumboNode& child : children(node))
            collect(child);
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

    const MainContent& m_content;
    std::string m_block;
    std::string m_text;
};

std::string content_text(const GumboNode& body, const MainContentRules& rules) {
    MainContent content = find_main_content(body, HtmlBlockNames::standard(), rules);
    TextCollector collector(content);
    for (const GumboNode* block : content.blocks)
        collector.collect(*block);
    return collector.text();
}

// The main content's text under all rules, then under fewer while it stays short of
// k_enough_text; the longest when none reaches it.
std::string article_text(const GumboNode& body) {
    MainContentRules rules;
    std::string best;
    for (int relaxed = 0; relaxed < 5; ++relaxed) {
        if (relaxed == 1)
            rules.strip_unlikely = false;
        else if (relaxed == 2)
            rules.weigh_classes = false;
        else if (relaxed == 3)
            rules.clean_conditionally = false;
        else if (relaxed == 4)
            rules.drop_whole_page = false;
        std::string text = content_text(body, rules);
        // A relaxed rule must find twice the text to be believed: a short article (a brief of
        // 400 bytes) is not traded for itself plus a sidebar.
        if (relaxed == 0 || text.size() > 2 * best.size())
            best = std::move(text);
        if (best.size() >= k_enough_text)
            return best;
    }
    return best;
}

// Plain text's lines as paragraphs, whitespace collapsed, in the form TextCollector writes.
std::string paragraphs_of(std::string_view text) {
    std::string out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line;
        append_collapsed(line, text.substr(start, end - start));
        if (!trim(line).empty())
            out.append(trim(line)).append("\n\n");
        start = end + 1;
    }
    if (!out.empty())
        out.pop_back();
    return out;
}

// The <body> gumbo always makes (the root when, against that, there is none).
const GumboNode& page_body(const GumboNode& root) {
    for (const GumboNode& child : children(root))
        if (is_element(child, GUMBO_TAG_BODY))
            return child;
    return root;
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
    const GumboNode& body = page_body(*document.output->root);
    HtmlArticle article;
    article.text = article_text(body);
    PageMetadata metadata = read_page_metadata(*document.output->root);
    if (article.text.size() < k_enough_text && metadata.article_body.size() > article.text.size())
        article.text = paragraphs_of(metadata.article_body);
    article.title = std::move(metadata.title);
    article.source = std::move(metadata.source);
    article.date = std::move(metadata.date);
    article.author = std::move(metadata.author);
    article.url = std::move(metadata.url);
    return article;
}

}  // namespace tracker::read
