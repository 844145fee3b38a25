// RSS 0.90/0.91/0.92/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 read with pugixml into a Feed.
//
// Safety: pugixml knows only the five predefined entities and character references; it never
// expands a declared entity and never reads a DTD or any other external resource. A document
// whose DOCTYPE declares entities anyway is refused before it is read (an entity-expansion bomb
// or an external entity is an attack, not a feed). A DOCTYPE without declarations (RSS 0.91's
// Netscape DTD) is accepted.
//
// Namespaces are matched by their conventional prefixes (dc:, content:), and Atom by the prefix
// its root uses (feed or atom:feed): pugixml does not resolve namespaces, and feeds in the wild
// use these prefixes.
#pragma once

#include <string>
#include <string_view>

#include "tracker/feeds.h"

namespace tracker::feeds {

// True when `bytes` looks like XML (first non-space byte '<', after an optional BOM).
bool looks_like_xml(std::string_view bytes);

Expected<Feed> parse_xml_feed(std::string_view bytes, const std::string& base_url);

}  // namespace tracker::feeds
