#include "read/page_metadata.h"

#include <array>
#include <string_view>

#include "read/ascii_text.h"
#include "read/date_text.h"
#include "read/html_node.h"
#include "read/json_ld.h"
#include "read/main_content.h"

namespace tracker::read {
namespace {

enum Field { k_title, k_source, k_date, k_author, k_url, k_fields };

// A meta tag's name (or property, or itemprop), folded, and the rank of its value: lower wins.
struct MetaKey {
    std::string_view key;
    Field field;
    int rank;
};
constexpr MetaKey k_meta_keys[] = {
    {"og:title", k_title, 0},
    {"twitter:title", k_title, 2},
    {"headline", k_title, 2},
    {"og:site_name", k_source, 0},
    {"article:published_time", k_date, 0},
    {"datepublished", k_date, 2},
    {"og:published_time", k_date, 2},
    {"published_time", k_date, 2},
    {"article.published", k_date, 3},
    {"parsely-pub-date", k_date, 3},
    {"sailthru.date", k_date, 3},
    {"pubdate", k_date, 3},
    {"publishdate", k_date, 3},
    {"publish-date", k_date, 3},
    {"publication_date", k_date, 3},
    {"citation_publication_date", k_date, 3},
    {"dc.date.issued", k_date, 3},
    {"dcterms.issued", k_date, 3},
    {"dc.date", k_date, 4},
    {"dcterms.date", k_date, 4},
    {"dcterms.created", k_date, 4},
    {"date", k_date, 4},
    {"article:author", k_author, 1},
    {"author", k_author, 2},
    {"parsely-author", k_author, 2},
    {"sailthru.author", k_author, 3},
    {"dc.creator", k_author, 3},
    {"byl", k_author, 3},
    {"og:url", k_url, 2},
};

constexpr int k_title_tag_rank = 5;
constexpr int k_marked_time_rank = 5, k_article_time_rank = 6, k_any_time_rank = 7;
constexpr int k_item_author_rank = 5, k_rel_author_rank = 6;
constexpr std::size_t k_max_name_bytes = 120;  // an author's name, not a paragraph

// Where an element stands, passed down the walk: asking its ancestors would cost the depth for
// every element.
struct Place {
    bool in_article = false;
    bool in_furniture = false;  // a nav, aside, footer or hidden block: other articles' times
};

class MetadataScan {
public:
    void visit(const GumboNode& node, Place place = {}) {
        if (!is_element(node))
            return;
        const GumboElement& element = node.v.element;
        GumboTag tag = element.tag;
        if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && tag != GUMBO_TAG_HEADER &&
            tag != GUMBO_TAG_HEAD && is_never_text(node, place.in_article))
            place.in_furniture = true;
        note_element(node, place);
        if (tag == GUMBO_TAG_SCRIPT)
            return;
        place.in_article = place.in_article || tag == GUMBO_TAG_ARTICLE;
        for (const GumboNode& child : children(node))
            visit(child, place);
    }

    PageMetadata result() {
        if (m_json_ld.found) {
            offer(k_title, m_json_ld.article.headline, 1);
            offer(k_source, m_json_ld.article.publisher, 1);
            offer(k_date, m_json_ld.article.date_published, 1);
            offer(k_author, m_json_ld.article.author, 0);
        }
        return {m_values[k_title], m_values[k_source], m_values[k_date], m_values[k_author],
                m_values[k_url], m_json_ld.article.article_body};
    }

private:
    void offer(Field field, std::string_view value, int rank) {
        std::string kept = collapsed(value);
        if (field == k_date) {
            auto date = parse_date_text(kept);
            kept = date.value_or("");
        }
        if (field == k_author && (starts_with_folded(kept, "http") || kept.size() > k_max_name_bytes))
            return;
        if (field == k_author && starts_with_folded(kept, "by "))
            kept = kept.substr(3);
        if (!kept.empty() && rank < m_ranks[field])
            m_values[field] = std::move(kept), m_ranks[field] = rank;
    }

    static std::string collapsed(std::string_view text) {
        std::string out;
        append_collapsed(out, text);
        return std::string(trim(out));
    }

    static std::string text_of(const GumboNode& node) {
        std::string text;
        for (const GumboNode& child : children(node)) {
            if (is_text(child))
                text += child.v.text.text;
            else if (is_element(child))
                text += " " + text_of(child) + " ";
        }
        return text;
    }

    void note_element(const GumboNode& node, const Place& place) {
        const GumboElement& element = node.v.element;
        switch (element.tag) {
            case GUMBO_TAG_TITLE: offer(k_title, text_of(node), k_title_tag_rank); break;
            case GUMBO_TAG_META: note_meta(element); break;
            case GUMBO_TAG_SCRIPT: note_script(node); break;
            case GUMBO_TAG_TIME: note_time(node, place); break;
            case GUMBO_TAG_LINK:
                if (folded_ascii(attribute(element, "rel")) == "canonical")
                    offer(k_url, attribute(element, "href"), 0);
                break;
            case GUMBO_TAG_A:
                if (folded_ascii(attribute(element, "rel")) == "author")
                    offer(k_author, text_of(node), k_rel_author_rank);
                break;
            default: break;
        }
        if (element.tag != GUMBO_TAG_META && element.tag != GUMBO_TAG_TIME)
            note_microdata(node);
    }

    void note_meta(const GumboElement& meta) {
        std::string_view content = attribute(meta, "content");
        for (const char* name : {"property", "name", "itemprop"}) {
            std::string key = folded_ascii(attribute(meta, name));
            for (const MetaKey& known : k_meta_keys)
                if (key == known.key)
                    offer(known.field, content, known.rank);
        }
    }

    // itemprop="author" and itemprop="datePublished" on elements other than <meta>.
    void note_microdata(const GumboNode& node) {
        std::string itemprop = folded_ascii(attribute(node.v.element, "itemprop"));
        if (itemprop == "author")
            offer(k_author, text_of(node), k_item_author_rank);
        else if (itemprop == "datepublished")
            offer(k_date, attribute(node.v.element, "content"), 2);
    }

    void note_time(const GumboNode& time, const Place& place) {
        const GumboElement& element = time.v.element;
        std::string_view when = attribute(element, "datetime");
        if (when.empty())
            return;
        if (gumbo_get_attribute(&element.attributes, "pubdate") ||
            folded_ascii(attribute(element, "itemprop")) == "datepublished") {
            offer(k_date, when, k_marked_time_rank);
            return;
        }
        if (!place.in_furniture)
            offer(k_date, when, place.in_article ? k_article_time_rank : k_any_time_rank);
    }

    void note_script(const GumboNode& script) {
        if (m_json_ld.found || folded_ascii(attribute(script.v.element, "type")) != "application/ld+json")
            return;
        std::string json;
        for (const GumboNode& child : children(script))
            if (child.type == GUMBO_NODE_TEXT || child.type == GUMBO_NODE_CDATA)
                json += child.v.text.text;
        m_json_ld = scan_json_ld(json);
    }

    std::array<std::string, k_fields> m_values;
    std::array<int, k_fields> m_ranks{99, 99, 99, 99, 99};
    JsonLdScan m_json_ld;
};

}  // namespace

PageMetadata read_page_metadata(const GumboNode& root) {
    MetadataScan scan;
    scan.visit(root);
    return scan.result();
}

}  // namespace tracker::read
