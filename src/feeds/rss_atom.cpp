#include "feeds/rss_atom.h"

#include <algorithm>
#include <sstream>

#include <pugixml.hpp>

#include "feeds/feed_text.h"
#include "feeds/url_resolver.h"

namespace tracker::feeds {

namespace {

// Escapes, CDATA, end-of-line normalisation and the DOCTYPE node (to inspect it); no entity
// declarations are ever expanded, whatever the flags (see rss_atom.h).
constexpr unsigned k_parse_flags = pugi::parse_default | pugi::parse_doctype;

constexpr std::string_view k_atom_03_namespace = "http://purl.org/atom/ns#";
constexpr std::string_view k_rss_090_namespace = "http://my.netscape.com/rdf/simple/0.9/";

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// All character data under `node` (text and CDATA sections, not markup).
std::string text_of(const pugi::xml_node& node) {
    std::string out;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
    return out;
}

// The markup inside `node`, as written (Atom type="xhtml").
std::string inner_xml(const pugi::xml_node& node) {
    std::ostringstream out;
    for (pugi::xml_node child : node.children()) child.print(out, "", pugi::format_raw);
    return out.str();
}

// The base URL in effect at `node`: `document_base` with every xml:base from the root down
// resolved over it (XML Base).
std::string base_at(const pugi::xml_node& node, const std::string& document_base) {
    std::vector<std::string_view> bases;
    for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent())
        if (auto attribute = n.attribute("xml:base")) bases.push_back(attribute.value());
    std::string base = document_base;
    for (auto it = bases.rbegin(); it != bases.rend(); ++it) base = resolve_url(base, *it);
    return base;
}

std::string absolute_link(std::string_view link, const pugi::xml_node& at, const std::string& base) {
    if (link.empty()) return "";
    return resolve_url(base_at(at, base), link);
}

int line_of(std::string_view bytes, std::ptrdiff_t offset) {
    const auto end = bytes.begin() + std::clamp<std::ptrdiff_t>(offset, 0, static_cast<std::ptrdiff_t>(bytes.size()));
    return 1 + static_cast<int>(std::count(bytes.begin(), end, '\n'));
}

// --- RSS ---------------------------------------------------------------------------------------

std::string first_text(const pugi::xml_node& node, std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (auto child = node.child(name)) {
            std::string text = text_of(child);
            if (text.find_first_not_of(" \t\r\n") != std::string::npos) return text;
        }
    return "";
}

FeedItem rss_item(const pugi::xml_node& item, const std::string& base) {
    FeedItem out;
    out.id = plain_title(first_text(item, {"guid"}));
    out.title = plain_title(first_text(item, {"title"}));
    out.link = absolute_link(plain_title(first_text(item, {"link"})), item, base);
    if (out.id.empty()) out.id = item.attribute("rdf:about").value();  // RSS 1.0
    out.published = iso_instant(first_text(item, {"pubDate", "dc:date"}));
    out.updated = iso_instant(first_text(item, {"atom:updated", "dcterms:modified"}));
    out.author = plain_title(first_text(item, {"dc:creator", "author"}));
    out.text = plain_text(first_text(item, {"content:encoded", "description"}));
    complete_id(out);
    return out;
}

Feed rss_feed(const pugi::xml_node& root, std::string format, const std::string& base_url) {
    Feed feed;
    feed.format = std::move(format);
    const pugi::xml_node channel = root.child("channel");
    feed.title = plain_title(first_text(channel, {"title"}));
    feed.link = absolute_link(plain_title(first_text(channel, {"link"})), channel, base_url);
    const std::string base = feed.link.empty() ? base_url : feed.link;
    // RSS 2.0 and 0.9x nest items in the channel; RSS 1.0 (RDF) puts them beside it.
    for (const pugi::xml_node& parent : {channel, root})
        for (pugi::xml_node item : parent.children("item")) feed.items.push_back(rss_item(item, base));
    return feed;
}

std::string rss_format(const pugi::xml_node& root) {
    if (local_name(root) == "RDF")
        return root.attribute("xmlns").value() == k_rss_090_namespace ? "rss 0.90" : "rss 1.0";
    std::string version = root.attribute("version").value();
    return "rss " + (version.empty() ? std::string("2.0") : version);
}

// --- Atom --------------------------------------------------------------------------------------

// Reads Atom's names under the root's prefix ("" or "atom:").
class AtomReader {
public:
    AtomReader(const pugi::xml_node& root, std::string base_url)
        : m_prefix(std::string(root.name()).substr(0, std::string_view(root.name()).size() - k_feed.size())),
          m_base(std::move(base_url)) {}

    std::string entry_name() const { return m_prefix + "entry"; }

    pugi::xml_node child(const pugi::xml_node& node, std::string_view name) const {
        return node.child((m_prefix + std::string(name)).c_str());
    }

    // A text construct (title, summary, content): type text, html or xhtml; 0.3's mode="escaped"
    // is html too. Other types are media: no text.
    std::string text(const pugi::xml_node& node, bool title) const {
        if (!node) return "";
        const std::string_view type = node.attribute("type").value();
        const std::string_view mode = node.attribute("mode").value();
        const bool xml = type == "xhtml" || type == "application/xhtml+xml" || mode == "xml";
        const bool html = xml || type == "html" || type == "text/html" || mode == "escaped";
        if (!html && type != "text" && type != "" && type != "text/plain") return "";
        const std::string raw = xml ? inner_xml(node) : text_of(node);
        return title ? plain_title(raw, html) : plain_text(raw, html);
    }

    // The alternate link: rel="alternate" or no rel.
    std::string link(const pugi::xml_node& node) const {
        const std::string name = m_prefix + "link";
        for (pugi::xml_node l : node.children(name.c_str())) {
            std::string_view rel = l.attribute("rel").value();
            if (rel.empty() || rel == "alternate") return absolute_link(l.attribute("href").value(), l, m_base);
        }
        return "";
    }

    std::string author(const pugi::xml_node& node) const {
        return plain_title(text_of(child(child(node, "author"), "name")));
    }

    std::string date(const pugi::xml_node& node, std::string_view first, std::string_view second) const {
        std::string text = text_of(child(node, first));
        if (text.empty()) text = text_of(child(node, second));
        return iso_instant(text);
    }

    FeedItem entry(const pugi::xml_node& e, const std::string& feed_author) const {
        FeedItem out;
        out.id = plain_title(text_of(child(e, "id")));
        out.title = text(child(e, "title"), true);
        out.link = link(e);
        out.published = date(e, "published", "issued");
        out.updated = date(e, "updated", "modified");
        out.author = author(e);
        if (out.author.empty()) out.author = feed_author;
        out.text = text(child(e, "content"), false);
        if (out.text.empty()) out.text = text(child(e, "summary"), false);
        complete_id(out);
        return out;
    }

private:
    static constexpr std::string_view k_feed = "feed";
    std::string m_prefix;
    std::string m_base;
};

Feed atom_feed(const pugi::xml_node& root, const std::string& base_url) {
    Feed feed;
    const bool is_03 = std::string_view(root.attribute("version").value()) == "0.3" ||
                       root.attribute("xmlns").value() == k_atom_03_namespace;
    feed.format = is_03 ? "atom 0.3" : "atom 1.0";
    const AtomReader reader(root, base_url);
    feed.title = reader.text(reader.child(root, "title"), true);
    feed.link = reader.link(root);
    const std::string feed_author = reader.author(root);
    const std::string entry = reader.entry_name();
    for (pugi::xml_node e : root.children(entry.c_str())) feed.items.push_back(reader.entry(e, feed_author));
    return feed;
}

// --- the document ------------------------------------------------------------------------------

bool declares_entities(const pugi::xml_document& document) {
    for (pugi::xml_node node : document.children())
        if (node.type() == pugi::node_doctype && std::string_view(node.value()).find("<!ENTITY") != std::string_view::npos)
            return true;
    return false;
}

}  // namespace

bool looks_like_xml(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto first = bytes.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && bytes[first] == '<';
}

Expected<Feed> parse_xml_feed(std::string_view bytes, const std::string& base_url) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size(), k_parse_flags,
                                                               pugi::encoding_auto);
    if (declares_entities(document))
        return fail(base_url, "malformed feed: its DOCTYPE declares entities (refused: entity expansion)");
    if (!parsed)
        return fail(base_url, "malformed feed: line " + std::to_string(line_of(bytes, parsed.offset)) + ": " +
                                  parsed.description());
    const pugi::xml_node root = document.document_element();
    const std::string_view name = local_name(root);
    if (name == "rss" || name == "RDF") return rss_feed(root, rss_format(root), base_url);
    if (name == "feed") return atom_feed(root, base_url);
    return fail(base_url, "malformed feed: not RSS or Atom (root element <" + std::string(root.name()) + ">)");
}

}  // namespace tracker::feeds
