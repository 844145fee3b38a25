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

// ICU keeps "... processors. - This move ..." together (a hyphen continues a sentence in
// UAX #29); in web copies it is an inline list bullet, so split there.
void split_inline_bullets(std::string_view text, Span s, std::vector<Span>& out) {
    for (std::size_t i = s.start + 1; i + 3 < s.end; ++i) {
        bool ends = text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?';
        if (ends && text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' ') {
            out.push_back(Span{s.start, i});
            s.start = i + 3;
            while (s.start < s.end && is_space(text[s.start])) ++s.start;
            i = s.start;
        }
    }
    if (s.end > s.start) out.push_back(s);
}

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
        if (e > s) split_inline_bullets(text, Span{s, e}, out);
    }
    utext_close(ut);
    return out;
}

}  // namespace tracker::extract
