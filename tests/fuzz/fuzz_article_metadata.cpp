// libFuzzer target: a text article read whole (src/read/article_reader.cpp): the UTF-8 checks,
// front matter, lines judged prose or furniture, and the title, publisher, date and author found
// in the text.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tracker/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // A fixed modification time: "Published 3 hours ago" resolves the same way every run.
    const tracker::read::InputInfo info{"fuzz/article.txt", std::chrono::system_clock::time_point(std::chrono::hours(490'000))};
    auto article = tracker::read::parse_article(bytes, info);
    if (!article) return 0;
    for (const tracker::Span& span : article->body)
        if (span.start > span.end || span.end > article->text.size()) __builtin_trap();  // spans index the text
    return 0;
}
