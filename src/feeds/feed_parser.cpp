// parse_feed (tracker/feeds.h): picks the reader by the document's first byte ('<' XML, '{' JSON).
#include "feeds/json_feed.h"
#include "feeds/rss_atom.h"
#include "tracker/feeds.h"

namespace tracker::feeds {

Expected<Feed> parse_feed(std::string_view bytes, const std::string& base_url) {
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return fail(base_url, "malformed feed: empty");
    if (looks_like_xml(bytes)) return parse_xml_feed(bytes, base_url);
    if (looks_like_json(bytes)) return parse_json_feed(bytes, base_url);
    return fail(base_url, "malformed feed: neither XML nor JSON");
}

}  // namespace tracker::feeds
