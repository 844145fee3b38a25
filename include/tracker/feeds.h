// Feeds: RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 read into one shape, and the
// sources they are fetched from (HTTP(S) with libcurl, or a local file).
//
// A Feed is what a feed says, cleaned: titles and texts as plain text (HTML and CDATA read),
// links absolute, dates ISO 8601 UTC ("2025-12-10T08:00:00Z", "" when absent or unreadable).
// Nothing here stores anything: `tracker feed update` (src/cli/feed_commands.cpp) turns new items
// into articles and records what it imported through Store.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/error.h"

namespace tracker::feeds {

struct FeedItem {
    std::string id;         // guid / id; else the link; else "hash:" + a hash of title and text
    std::string title;
    std::string link;
    std::string published;  // ISO 8601 UTC, "" when unknown
    std::string updated;    // ISO 8601 UTC, "" when unknown
    std::string author;
    std::string text;       // plain text, paragraphs separated by a blank line
};

struct Feed {
    std::string title;
    std::string link;
    std::string format;  // "rss 2.0", "rss 1.0", "rss 0.91", "atom 1.0", "atom 0.3", "json 1.1", ...
    std::vector<FeedItem> items;
};

// Parses a whole feed document. `base_url` (the URL it was fetched from) resolves relative
// links when the document gives no base of its own. XML documents with a DOCTYPE that declares
// entities are refused (entity-expansion bombs, external entities); no external entity is ever
// read. Errors name `base_url`.
Expected<Feed> parse_feed(std::string_view bytes, const std::string& base_url);

// What a previous fetch answered, for a conditional GET.
struct Validators {
    std::string etag;
    std::string last_modified;
};

struct FetchResult {
    bool unchanged = false;  // 304 Not Modified: `body` is empty
    std::string body;
    std::string base_url;    // where the body came from, after redirects (a file:// URL for a file)
    Validators validators;   // what this response said, for the next fetch
    std::string remote_address;  // the numeric IP that answered ("" for a file): the feed's own host
};

// Where feed bytes come from. Tests give strings; `open_feed_source` reads http(s) URLs with
// libcurl and anything else as a local path.
class FeedSource {
public:
    virtual ~FeedSource() = default;
    virtual Expected<FetchResult> fetch(const std::string& location, const Validators& validators) = 0;
};

// True for "http://..." and "https://..." (any case): a location fetched over the network.
bool is_url(std::string_view location);

// `timeout_seconds` bounds each HTTP fetch from start to end (connecting is bounded apart).
std::unique_ptr<FeedSource> open_feed_source(long timeout_seconds = 60);

}  // namespace tracker::feeds
