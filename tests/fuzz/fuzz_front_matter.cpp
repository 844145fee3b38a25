// libFuzzer target: the front matter block (src/read/front_matter.h) on any text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/front_matter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto block = tracker::read::parse_front_matter(text); block && block->present && block->end > size)
        __builtin_trap();  // the body must start inside the text
    return 0;
}
