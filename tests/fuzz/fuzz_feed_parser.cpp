// libFuzzer target: a feed document of any format (src/feeds/feed_parser.cpp): RSS and Atom with
// pugixml, JSON Feed with nlohmann-json, their HTML texts, dates and links.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tracker/feeds.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto feed = tracker::feeds::parse_feed(bytes, "https://feeds.example.org/news/feed.xml");
    if (!feed) return 0;
    for (const auto& item : feed->items)
        if (item.id.empty()) __builtin_trap();  // every item gets a key (its guid, link or a hash)
    return 0;
}
