// robots.txt (RFC 9309), as tracker honours it when it fetches the pages a feed links to: which
// paths of a site a crawler with a given product token ("tracker") may fetch.
//
// Groups: one or more `User-agent:` lines, then their `Allow:`/`Disallow:` rules; a `User-agent:`
// line after rules starts the next group. The groups whose user agent is the product token (any
// case; "tracker/0.1" counts as "tracker") are merged and used; when there is none, those of
// `*`; when there is none either, everything is allowed. Other lines (Sitemap, Crawl-delay, ...)
// and `#` comments are ignored, as are lines outside a group.
//
// Matching: a rule's pattern matches a prefix of the URL's path and query, `*` standing for any
// run of characters and a final `$` anchoring the end. The longest matching pattern decides;
// Allow wins a tie; no match allows. An empty `Disallow:` disallows nothing. "/robots.txt" is
// always allowed. Not done: percent-encoding is compared as written, not normalised.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tracker::feeds {

class RobotsTxt {
public:
    // Reads the file. Parsing never fails: lines it cannot read are ignored (RFC 9309 2.2).
    static RobotsTxt parse(std::string_view text, std::string_view product_token);
    // What a missing file (HTTP 4xx) means: everything allowed.
    static RobotsTxt allow_all() { return {}; }
    // What an unreachable one (HTTP 5xx, no answer) means until it can be read: nothing allowed.
    static RobotsTxt disallow_all();

    // `target` is the URL's path and query ("/a/b?c=d"; "" reads as "/").
    bool allows(std::string_view target) const;

private:
    struct Rule {
        std::string pattern;
        bool allow = false;
    };
    std::vector<Rule> m_rules;
};

}  // namespace tracker::feeds
