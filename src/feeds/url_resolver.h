// Relative references resolved against a base URL, as RFC 3986 section 5.2 says (feeds give
// links relative to xml:base, the feed's own link or the URL it was fetched from).
//
// Not a URL parser: no percent-decoding, no normalisation of case or ports, no validation. A
// reference with a scheme is returned as it is (dot segments removed); a base without a scheme
// (or an empty one) cannot resolve anything, so the reference is returned unchanged.
#pragma once

#include <string>
#include <string_view>

namespace tracker::feeds {

std::string resolve_url(std::string_view base, std::string_view reference);

}  // namespace tracker::feeds
