// libFuzzer target: robots.txt (src/feeds/robots_txt.h) on any bytes, as a site may serve; the
// input's last line, when it starts with '/', is also a path matched against the rules (long runs
// of '*' against long paths are the matcher's worst case).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "feeds/robots_txt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto robots = tracker::feeds::RobotsTxt::parse(text, "tracker");
    const auto last_line = text.substr(text.rfind('\n') + 1);  // npos + 1 == 0: the whole text
    robots.allows(last_line.starts_with('/') ? last_line : "/");
    if (!robots.allows("/robots.txt")) __builtin_trap();  // always allowed
    return 0;
}
