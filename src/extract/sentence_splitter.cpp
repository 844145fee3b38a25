#include "extract/sentence_splitter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "tracker/error.h"

namespace tracker::extract {

namespace {

// One iterator per thread: creating one costs far more than using it.
icu::BreakIterator& sentence_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> bi(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        if (U_FAILURE(status) || !bi) throw Fatal("ICU sentence iterator unavailable");
        return bi;
    }();
    return *it;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::vector<Span> split_sentences(std::string_view text, const Span& span) {
    std::vector<Span> out;
    if (span.end <= span.start) return out;
    std::string_view part = text.substr(span.start, span.end - span.start);
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &status);
    if (U_FAILURE(status)) return {span};
    auto& bi = sentence_iterator();
    bi.setText(ut, status);
    int32_t start = bi.first();
    for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
        std::size_t s = span.start + static_cast<std::size_t>(start);
        std::size_t e = span.start + static_cast<std::size_t>(end);
        while (s < e && is_space(text[s])) ++s;
        while (e > s && is_space(text[e - 1])) --e;
        if (e > s) out.push_back(Span{s, e});
    }
    utext_close(ut);
    return out;
}

}  // namespace tracker::extract
