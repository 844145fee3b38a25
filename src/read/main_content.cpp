#include "read/main_content.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "read/ascii_text.h"
#include "read/block_stats.h"
#include "read/html_node.h"

namespace tracker::read {
namespace {

constexpr GumboTag k_never_text_tags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_ASIDE,  GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,
    GUMBO_TAG_SVG,    GUMBO_TAG_IFRAME, GUMBO_TAG_FIGURE,   GUMBO_TAG_FOOTER,   GUMBO_TAG_HEAD,
    GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,  GUMBO_TAG_CANVAS,   GUMBO_TAG_MENU};

// Roles that mark furniture (WAI-ARIA landmarks and widgets).
constexpr std::string_view k_furniture_roles[] = {
    "navigation", "complementary", "contentinfo", "dialog", "alertdialog",
    "menu",       "menubar",       "search",      "banner", "tooltip"};

// Blocks: a <div> holding none of these is a paragraph (readability's DIV_TO_P_ELEMS and the
// sectioning elements).
constexpr GumboTag k_block_tags[] = {
    GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,   GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_DD,
    GUMBO_TAG_DIV,     GUMBO_TAG_DL,      GUMBO_TAG_DT,      GUMBO_TAG_FIGURE,     GUMBO_TAG_FOOTER,
    GUMBO_TAG_FORM,    GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,         GUMBO_TAG_H4,
    GUMBO_TAG_H5,      GUMBO_TAG_H6,      GUMBO_TAG_HEADER,  GUMBO_TAG_HR,         GUMBO_TAG_IMG,
    GUMBO_TAG_LI,      GUMBO_TAG_MAIN,    GUMBO_TAG_NAV,     GUMBO_TAG_OL,         GUMBO_TAG_P,
    GUMBO_TAG_PRE,     GUMBO_TAG_SECTION, GUMBO_TAG_TABLE,   GUMBO_TAG_UL};

constexpr GumboTag k_paragraph_tags[] = {GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_TD};
// Blocks whose own text, outside their inner blocks, makes paragraphs: readability's divs, and
// list items and quotations, which pages built of lists ("Highlights", changelogs) write prose in.
constexpr GumboTag k_container_tags[] = {GUMBO_TAG_DIV,  GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
                                         GUMBO_TAG_MAIN, GUMBO_TAG_LI,      GUMBO_TAG_DD,
                                         GUMBO_TAG_BLOCKQUOTE};
constexpr GumboTag k_heading_tags[] = {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                       GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};
constexpr GumboTag k_cleaned_tags[] = {GUMBO_TAG_DIV,  GUMBO_TAG_SECTION, GUMBO_TAG_UL,
                                       GUMBO_TAG_OL,   GUMBO_TAG_TABLE,   GUMBO_TAG_FORM,
                                       GUMBO_TAG_FIELDSET, GUMBO_TAG_DL};

constexpr std::size_t k_min_paragraph_chars = 25;
constexpr std::size_t k_min_article_body_chars = 200;
constexpr int k_ancestor_levels = 5;
constexpr int k_split_levels = 3;
constexpr double k_split_link_density = 0.1;
// How far up a paragraph's prose is counted: as far as a candidate (k_ancestor_levels) and the
// ancestors that may gather it (k_split_levels) reach.
constexpr int k_prose_levels = k_ancestor_levels + k_split_levels + 1;

bool has_furniture_role(const GumboElement& element) {
    std::string role = folded_ascii(attribute(element, "role"));
    return std::find(std::begin(k_furniture_roles), std::end(k_furniture_roles), role) !=
           std::end(k_furniture_roles);
}

bool is_styled_hidden(const GumboElement& element) {
    std::string style = folded_ascii(attribute(element, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos ||
           style.find("visibility:hidden") != std::string::npos;
}

// Scripts, styles, controls, nav, aside, footer, figure, a header outside an <article>, and
// furniture roles.
bool is_furniture_element(const GumboNode& node, bool in_article) {
    const GumboElement& element = node.v.element;
    if (tag_in(k_never_text_tags, element.tag))
        return true;
    if (element.tag == GUMBO_TAG_HEADER && !in_article)
        return true;
    return has_furniture_role(element);
}

bool is_hidden(const GumboElement& element) {
    return gumbo_get_attribute(&element.attributes, "hidden") ||
           attribute(element, "aria-hidden") == "true" || is_styled_hidden(element);
}

bool is_marked_body(const GumboElement& element) {
    return folded_ascii(attribute(element, "itemprop")).find("articlebody") != std::string::npos;
}

bool holds_blocks(const GumboNode& node) {
    for (const GumboNode& child : children(node))
        if (is_element(child) && tag_in(k_block_tags, child.v.element.tag))
            return true;
    return false;
}

bool is_data_table(const GumboNode& table) {
    std::vector<const GumboNode*> pending{&table};
    while (!pending.empty()) {
        const GumboNode* node = pending.back();
        pending.pop_back();
        for (const GumboNode& child : children(*node)) {
            if (!is_element(child))
                continue;
            GumboTag tag = child.v.element.tag;
            if (tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_THEAD)
                return true;
            if (tag != GUMBO_TAG_TABLE)
                pending.push_back(&child);
        }
    }
    return false;
}

// One run of finding the main content under one set of rules.
class ContentFinder {
public:
    ContentFinder(const GumboNode& body, const HtmlBlockNames& names, const MainContentRules& rules)
        : m_body(body), m_names(names), m_rules(rules) {}

    MainContent find() {
        note_context(m_body, false, false);
        m_page_chars = raw_chars(m_body);
        count(m_body);
        MainContent content;
        content.blocks = marked_body();
        if (content.blocks.empty()) {
            score(m_body);
            content.blocks = chosen_blocks();
        }
        for (const GumboNode* block : content.blocks)
            clean(*block, content.left_out);
        return content;
    }

private:
    // Which elements an <article> or a <table> holds, noted once: asking each element's
    // ancestors would cost the depth for every element (1,000 on a hostile page).
    void note_context(const GumboNode& node, bool in_article, bool in_table) {
        if (in_article)
            m_in_article.insert(&node);
        if (in_table)
            m_in_table.insert(&node);
        in_article = in_article || node.v.element.tag == GUMBO_TAG_ARTICLE;
        in_table = in_table || node.v.element.tag == GUMBO_TAG_TABLE;
        for (const GumboNode& child : children(node))
            if (is_element(child))
                note_context(child, in_article, in_table);
    }

    bool never_text(const GumboNode& node) const { return is_never_text(node, m_in_article.count(&node) != 0); }

    // Step 1: whether an element is left out, under the rules.
    bool is_left_out(const GumboNode& node) {
        const GumboElement& element = node.v.element;
        if (element.tag == GUMBO_TAG_BODY || element.tag == GUMBO_TAG_HTML)
            return false;
        if (never_text(node))
            return true;
        // The guard of the last retry: a block named as furniture ("has-comments") that holds
        // most of the page is still read.
        bool whole_page = !m_rules.drop_whole_page && 2 * raw_chars(node) > m_page_chars;
        BlockNameVerdict verdict = names_of(element);
        bool structure = element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN;
        // An <article class="post hentry commented">: the structure and a likely name outweigh
        // a drop word, which there says what the article has, not what the block is; so does a
        // page's own mark of its body (id="gigya-share-btns" on the itemprop="articleBody").
        bool kept_article = (structure && verdict.likely) || is_marked_body(element);
        if (verdict.drop && !kept_article && !whole_page)
            return true;
        return m_rules.strip_unlikely && verdict.unlikely && !verdict.likely && !structure &&
               element.tag != GUMBO_TAG_A && !m_in_table.count(&node);
    }

    BlockNameVerdict names_of(const GumboElement& element) {
        BlockNameVerdict of_class = m_names.judge(attribute(element, "class"));
        BlockNameVerdict of_id = m_names.judge(attribute(element, "id"));
        return {of_class.drop || of_id.drop, of_class.unlikely || of_id.unlikely,
                of_class.likely || of_id.likely};
    }

    int name_weight(const GumboElement& element) {
        if (!m_rules.weigh_classes)
            return 0;
        return m_names.judge(attribute(element, "class")).weight() +
               m_names.judge(attribute(element, "id")).weight();
    }

    // Characters under a node, nothing left out but what is never text; memoised.
    std::size_t raw_chars(const GumboNode& node) {
        if (is_text(node))
            return text_stats(node.v.text.text).chars;
        if (!is_element(node) || never_text(node))
            return 0;
        if (auto known = m_raw_chars.find(&node); known != m_raw_chars.end())
            return known->second;
        std::size_t total = 0;
        for (const GumboNode& child : children(node))
            total += raw_chars(child);
        return m_raw_chars[&node] = total;
    }

    // Fills m_stats for every element read, bottom up.
    BlockStats count(const GumboNode& node) {
        if (is_text(node))
            return text_stats(node.v.text.text);
        if (!is_element(node))
            return {};
        if (node.v.element.tag == GUMBO_TAG_INPUT) {
            BlockStats input;
            input.inputs = 1;
            return input;
        }
        if (is_left_out(node))
            return {};
        m_order.try_emplace(&node, m_order.size());
        BlockStats stats;
        for (const GumboNode& child : children(node))
            stats.add(count(child));
        switch (node.v.element.tag) {
            case GUMBO_TAG_A: stats.link_chars = stats.chars; break;
            case GUMBO_TAG_P: ++stats.paragraphs; break;
            case GUMBO_TAG_IMG: ++stats.images; break;
            case GUMBO_TAG_LI: ++stats.list_items; break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL: stats.list_chars = stats.chars; break;
            default:
                if (tag_in(k_heading_tags, node.v.element.tag))
                    stats.heading_chars = stats.chars;
                break;
        }
        return m_stats[&node] = stats;
    }

    bool is_read(const GumboNode& node) const { return m_stats.count(&node) != 0; }
    const BlockStats& stats_of(const GumboNode& node) const { return m_stats.at(&node); }

    // Step 2: the outermost elements marked itemprop="articleBody", when they hold enough.
    std::vector<const GumboNode*> marked_body() {
        std::vector<const GumboNode*> found;
        std::size_t chars = 0;
        find_marked(m_body, found, chars);
        return chars >= k_min_article_body_chars ? found : std::vector<const GumboNode*>{};
    }

    void find_marked(const GumboNode& node, std::vector<const GumboNode*>& found, std::size_t& chars) {
        for (const GumboNode& child : children(node)) {
            if (!is_element(child) || !is_read(child))
                continue;
            if (is_marked_body(child.v.element)) {
                found.push_back(&child);
                chars += stats_of(child).chars;
            } else {
                find_marked(child, found, chars);
            }
        }
    }

    // Step 3.
    void score(const GumboNode& node) {
        for (const GumboNode& child : children(node)) {
            if (!is_element(child) || !is_read(child))
                continue;
            GumboTag tag = child.v.element.tag;
            bool plain_div = tag == GUMBO_TAG_DIV && !holds_blocks(child);
            if (tag_in(k_paragraph_tags, tag) || plain_div)
                score_paragraph(stats_of(child), *child.parent);
            else if (tag_in(k_container_tags, tag))
                score_loose_text(child);
            score(child);
        }
    }

    // Text and inline elements directly in a block with blocks in it: paragraphs readability
    // would have wrapped in a <p>.
    void score_loose_text(const GumboNode& container) {
        BlockStats run;
        for (const GumboNode& child : children(container)) {
            bool block = is_element(child) && tag_in(k_block_tags, child.v.element.tag);
            if (block) {
                score_paragraph(run, container);
                run = {};
            } else if (is_text(child)) {
                run.add(text_stats(child.v.text.text));
            } else if (is_element(child) && is_read(child)) {
                run.add(stats_of(child));
            }
        }
        score_paragraph(run, container);
    }

    void score_paragraph(const BlockStats& paragraph, const GumboNode& parent) {
        if (paragraph.chars < k_min_paragraph_chars)
            return;
        int level = 0;  // bounded: a hostile page nests 1,000 deep
        for (const GumboNode* up = &parent; up && is_element(*up) && level < k_prose_levels; up = up->parent, ++level)
            m_prose_chars[up] += paragraph.chars - paragraph.link_chars;
        double points = 1.0 + double(paragraph.commas) + double(std::min<std::size_t>(paragraph.chars / 100, 3));
        const GumboNode* ancestor = &parent;
        for (int level = 0; level < k_ancestor_levels && ancestor && is_element(*ancestor) &&
                            ancestor->v.element.tag != GUMBO_TAG_HTML;
             ++level, ancestor = ancestor->parent) {
            double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            candidate_score(*ancestor) += points / divider;
        }
    }

    double& candidate_score(const GumboNode& node) {
        auto [at, added] = m_scores.try_emplace(&node, 0.0);
        if (added)
            at->second = tag_score(node.v.element.tag) + name_weight(node.v.element);
        return at->second;
    }

    static double tag_score(GumboTag tag) {
        switch (tag) {
            case GUMBO_TAG_DIV: return 5;
            case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
            case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
            case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
            case GUMBO_TAG_TH: return -5;
            default: return tag_in(k_heading_tags, tag) ? -5 : 0;
        }
    }

    double final_score(const GumboNode& node) const {
        auto at = m_scores.find(&node);
        if (at == m_scores.end())
            return 0.0;
        return at->second * (1.0 - stats_of(node).link_density());
    }

    // Step 4.
    std::vector<const GumboNode*> chosen_blocks() {
        const GumboNode* top = top_candidate();
        if (!top)
            return {structural_root(m_body)};
        if (top == &m_body)
            return {&m_body};
        const GumboNode* parent = top->parent;
        double top_score = final_score(*top);
        double threshold = std::max(10.0, top_score * 0.2);
        std::string top_class(attribute(top->v.element, "class"));
        std::vector<const GumboNode*> blocks;
        for (const GumboNode& sibling : children(*parent)) {
            if (!is_element(sibling) || !is_read(sibling))
                continue;
            double bonus = !top_class.empty() && attribute(sibling.v.element, "class") == top_class
                               ? top_score * 0.2 : 0.0;
            if (&sibling == top || (m_scores.count(&sibling) && final_score(sibling) + bonus >= threshold) ||
                is_prose_paragraph(sibling))
                blocks.push_back(&sibling);
        }
        return blocks;
    }

    // Without a paragraph long enough to score: the <article> holding the most text, else the
    // first <main> (or role="main"), else the body.
    const GumboNode* structural_root(const GumboNode& body) const {
        const GumboNode* best_article = nullptr;
        const GumboNode* first_main = nullptr;
        std::vector<const GumboNode*> pending{&body};
        while (!pending.empty()) {
            const GumboNode* node = pending.back();
            pending.pop_back();
            GumboTag tag = node->v.element.tag;
            if (tag == GUMBO_TAG_ARTICLE && (!best_article || stats_of(*node).chars > stats_of(*best_article).chars))
                best_article = node;
            bool main = tag == GUMBO_TAG_MAIN || attribute(node->v.element, "role") == "main";
            if (main && (!first_main || m_order.at(node) < m_order.at(first_main)))
                first_main = node;
            for (const GumboNode& child : children(*node))
                if (is_element(child) && is_read(child))
                    pending.push_back(&child);
        }
        return best_article ? best_article : first_main ? first_main : &body;
    }

    // A <p>, or a <div> holding no blocks (readability reads it as one), of prose.
    bool is_prose_paragraph(const GumboNode& node) const {
        GumboTag tag = node.v.element.tag;
        if (tag != GUMBO_TAG_P && !(tag == GUMBO_TAG_DIV && !holds_blocks(node)))
            return false;
        const BlockStats& stats = stats_of(node);
        if (stats.chars > 80)
            return stats.link_density() < 0.25;
        return stats.chars > 0 && stats.link_chars == 0 && stats.sentence_end;
    }

    const GumboNode* top_candidate() {
        std::vector<std::pair<double, const GumboNode*>> ranked;
        for (const auto& [node, points] : m_scores)
            ranked.emplace_back(final_score(*node), node);
        if (ranked.empty())
            return nullptr;
        std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : m_order.at(a.second) < m_order.at(b.second);
        });
        const GumboNode* top = ranked.front().second;
        top = ancestor_of_near_best(top, ranked);
        top = climbed(top);
        top = gathering_split_body(top);
        while (top != &m_body && top->parent && is_element(*top->parent) &&
               top->parent->v.element.tag != GUMBO_TAG_BODY && element_children(*top->parent) == 1)
            top = top->parent;
        return top;
    }

    const GumboNode* ancestor_of_near_best(const GumboNode* top,
                                           const std::vector<std::pair<double, const GumboNode*>>& ranked) {
        std::vector<const GumboNode*> near;
        for (std::size_t i = 1; i < std::min<std::size_t>(ranked.size(), 5); ++i)
            if (ranked.front().first > 0 && ranked[i].first / ranked.front().first >= 0.75)
                near.push_back(ranked[i].second);
        if (near.size() < 3)
            return top;
        for (const GumboNode* up = top->parent; up && up != &m_body; up = up->parent) {
            int held = 0;
            for (const GumboNode* other : near)
                for (const GumboNode* at = other; at; at = at->parent)
                    if (at == up) {
                        ++held;
                        break;
                    }
            if (held >= 3)
                return up;
        }
        return top;
    }

    // Up to an ancestor (at most k_split_levels up) holding half as much prose again as the
    // candidate, with few links: an article body split into blocks that ads or pull quotes
    // separate (<div class="story-body-1">, <div class="story-body-2">). tracker's rule, not
    // readability's: its siblings step looks only beside the candidate.
    const GumboNode* gathering_split_body(const GumboNode* top) {
        const GumboNode* best = top;
        const GumboNode* up = top == &m_body ? nullptr : top->parent;
        for (int level = 0; level < k_split_levels && up && up != &m_body && is_element(*up);
             ++level, up = up->parent)
            if (2 * m_prose_chars[up] >= 3 * m_prose_chars[best] && stats_of(*up).link_density() < k_split_link_density)
                best = up;
        return best;
    }

    // Up to a parent that scores more than the candidate, through parents that score at least
    // a third of it.
    const GumboNode* climbed(const GumboNode* top) {
        double last = final_score(*top), floor = last / 3;
        for (const GumboNode* up = top->parent; up && up != &m_body && is_element(*up); up = up->parent) {
            if (!m_scores.count(up))
                continue;
            double points = final_score(*up);
            if (points < floor)
                break;
            if (points > last)
                return up;
            last = points;
        }
        return top;
    }

    static int element_children(const GumboNode& node) {
        int count = 0;
        for (const GumboNode& child : children(node))
            count += is_element(child) ? 1 : 0;
        return count;
    }

    // Step 5, over the descendants of a block.
    void clean(const GumboNode& node, std::unordered_set<const GumboNode*>& left_out) {
        for (const GumboNode& child : children(node)) {
            if (!is_element(child))
                continue;
            if (!is_read(child) || is_furniture_block(child)) {
                left_out.insert(&child);
                continue;
            }
            clean(child, left_out);
        }
    }

    bool is_furniture_block(const GumboNode& node) {
        const GumboElement& element = node.v.element;
        int weight = name_weight(element);
        if (tag_in(k_heading_tags, element.tag))
            return weight < 0;
        if (element.tag == GUMBO_TAG_P)  // "Read more: ...", "See also ...": a link, not prose
            return stats_of(node).link_density() > 0.5;
        if (!m_rules.clean_conditionally || !tag_in(k_cleaned_tags, element.tag))
            return false;
        if (element.tag == GUMBO_TAG_TABLE && is_data_table(node))
            return false;
        const BlockStats& stats = stats_of(node);
        // Names that say furniture, not outweighed by the paragraphs' points (the tag's base score
        // left out: a list of prose starts at -3 without being furniture).
        auto scored = m_scores.find(&node);
        double points = scored == m_scores.end() ? 0.0 : scored->second - tag_score(element.tag);
        if (weight + points < 0)
            return true;
        if (stats.commas >= 10)
            return false;
        bool list = element.tag == GUMBO_TAG_UL || element.tag == GUMBO_TAG_OL ||
                    (stats.chars && double(stats.list_chars) / double(stats.chars) > 0.9);
        double links = stats.link_density();
        double heading_density = stats.chars ? double(stats.heading_chars) / double(stats.chars) : 0.0;
        return (stats.images > 1 && double(stats.paragraphs) / double(stats.images) < 0.5) ||
               (!list && stats.list_items > stats.paragraphs + 100) ||
               (stats.inputs > stats.paragraphs / 3) ||
               (!list && heading_density < 0.9 && stats.chars < k_min_paragraph_chars &&
                !stats.sentence_end && (stats.images == 0 || stats.images > 2)) ||
               (!list && weight < 25 && links > 0.2) ||
               (weight >= 25 && links > 0.5);
    }

    const GumboNode& m_body;
    const HtmlBlockNames& m_names;
    const MainContentRules& m_rules;
    std::size_t m_page_chars = 0;
    std::unordered_map<const GumboNode*, std::size_t> m_raw_chars;
    std::unordered_map<const GumboNode*, BlockStats> m_stats;
    std::unordered_map<const GumboNode*, std::size_t> m_order;  // document order of what is read
    std::unordered_map<const GumboNode*, double> m_scores;
    std::unordered_set<const GumboNode*> m_in_article, m_in_table;
    std::unordered_map<const GumboNode*, std::size_t> m_prose_chars;  // in scored paragraphs
};

}  // namespace

bool is_never_text(const GumboNode& node, bool in_article) {
    return is_furniture_element(node, in_article) || is_hidden(node.v.element);
}

MainContent find_main_content(const GumboNode& body, const HtmlBlockNames& names,
                              const MainContentRules& rules) {
    return ContentFinder(body, names, rules).find();
}

}  // namespace tracker::read
