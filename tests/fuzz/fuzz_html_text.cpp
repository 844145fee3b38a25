// libFuzzer target: HTML to text (src/read/html_article.h), with the nesting estimate that guards
// gumbo (src/read/html_nesting.h), and an HTML file read whole as an article.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/html_article.h"
#include "read/html_nesting.h"
#include "read/utf8_text.h"
#include "tracker/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    tracker::read::estimated_html_depth(bytes);
    if (auto text = tracker::read::checked_utf8_text(bytes)) tracker::read::read_html_article(*text);
    tracker::read::parse_article(bytes, {"fuzz/page.html", std::chrono::system_clock::time_point()});
    return 0;
}
