// libFuzzer target: claims extracted from any readable text (src/extract), with the lexicons
// embedded in the binary; every claim's evidence must lie inside the text it came from.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "tracker/extract.h"
#include "tracker/read.h"

namespace {

const tracker::extract::Extractor& extractor() {
    static const std::unique_ptr<tracker::extract::Extractor> loaded = [] {
        auto result = tracker::extract::Extractor::load();
        if (!result) __builtin_trap();  // the embedded lexicons always load
        return std::move(*result);
    }();
    return *loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto article = tracker::read::parse_article(bytes, {"fuzz/article.txt", std::chrono::system_clock::time_point()});
    if (!article) return 0;
    for (const tracker::Claim& claim : extractor().extract(*article))
        if (claim.evidence_start > claim.evidence_end || claim.evidence_end > article->text.size() ||
            article->text.compare(claim.evidence_start, claim.evidence_end - claim.evidence_start, claim.evidence) != 0)
            __builtin_trap();
    return 0;
}
