// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) read with nlohmann_json into a Feed.
// 1.1's `authors` and 1.0's `author` are both read, an item's before the feed's.
#pragma once

#include <string>
#include <string_view>

#include "tracker/feeds.h"

namespace tracker::feeds {

// True when `bytes` looks like JSON (first non-space byte '{', after an optional BOM).
bool looks_like_json(std::string_view bytes);

Expected<Feed> parse_json_feed(std::string_view bytes, const std::string& base_url);

}  // namespace tracker::feeds
