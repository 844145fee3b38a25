// What RSS, Atom and JSON Feed share once their syntax is read: a field's text made plain, a
// date made ISO 8601 UTC, an item's id when the feed gives none. One cleaner for every format
// (../../shared/style.md: "RSS and Atom share one FeedItem, one date parser, one text cleaner").
#pragma once

#include <string>
#include <string_view>

#include "tracker/feeds.h"

namespace tracker::feeds {

// Text that may hold HTML (RSS descriptions, Atom type="html", JSON content_html) as plain text:
// tags dropped, entities decoded, blocks separated by a blank line, spaces collapsed. Text that
// is not `html` (Atom type="text", JSON content_text), or has no '<' and no '&', is only trimmed
// and collapsed. HTML nested too deeply to parse safely has its tags dropped instead.
std::string plain_text(std::string_view text, bool html = true);

// A title: plain_text on one line.
std::string plain_title(std::string_view text, bool html = true);

// RFC 822 variants or W3C-DTF (read/date_text.h) as "YYYY-MM-DDTHH:MM:SSZ"; "" when unreadable.
std::string iso_instant(std::string_view date);

// Fills an item's id when the feed gave none: its link, else "hash:" and a hash of title and text
// (stable across fetches, so an item without guid or link is still imported once).
void complete_id(FeedItem& item);

}  // namespace tracker::feeds
