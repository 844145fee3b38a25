// Relative references resolved against a base URL, as RFC 3986 section 5.2 says (feeds give
// links relative to xml:base, the feed's own link or the URL it was fetched from).
//
// Not a URL parser: no percent-decoding, no normalisation of case or ports, no validation. A
// reference with a scheme is returned as it is (dot segments removed); a base without a scheme
// (or an empty one) cannot resolve anything, so the reference is returned unchanged.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tracker::feeds {

std::string resolve_url(std::string_view base, std::string_view reference);

// What fetching politely needs of an absolute http(s) URL: the origin its robots.txt belongs to,
// the host its requests are counted against, and the target robots.txt rules are matched with.
// Scheme and host are lowercased; user information is dropped; the fragment too.
struct HttpUrl {
    std::string origin;  // "https://example.com:8443": scheme, host and port as written
    std::string host;    // "example.com", "[::1]"
    std::string target;  // path and query: "/a/b?c"; "/" when the path is empty
};

// nullopt unless `url` is an http:// or https:// URL with a host.
std::optional<HttpUrl> parse_http_url(std::string_view url);

}  // namespace tracker::feeds
