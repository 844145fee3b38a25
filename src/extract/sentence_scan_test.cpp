#include <catch2/catch.hpp>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "extract/sentence_scan.h"
#include "extract/sentence_splitter.h"

using namespace tracker;
using namespace tracker::extract;

namespace {

// ICU's own breaks, in bytes: the iterator the splitter uses, over UTF-8.
std::vector<std::size_t> icu_breaks(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    static const std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    bi->setText(ut, status);
    std::vector<std::size_t> breaks;
    bi->first();
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) breaks.push_back(static_cast<std::size_t>(b));
    utext_close(ut);
    return breaks;
}

// The scan's breaks, or {} when it cannot tell them.
std::vector<std::size_t> scanned_breaks(const std::string& text) {
    std::vector<std::size_t> breaks;
    if (!scan_sentence_breaks(text, breaks)) return {};
    return breaks;
}

}  // namespace

TEST_CASE("scan_sentence_breaks: the breaks of ICU where it decides", "[extract]") {
    for (const std::string text : {
             "U.S. officials met Nvidia. They talked.",
             "Sales rose. and fell. The end",
             "It costs 2.6 billion. \"We agree,\" he said. (Then) it ended.",
             "Mr. Huang met Prof. Li. Capt. Lee spoke. Dr. No.",
             "He copied ChatGPT. The lab denied it. U.S. firms exported to the U.S. Commerce said so.",
             "A U. Smith spoke. Ph.D. Students. a.m. The data. The end.",
             "Why? he asked. Stop! Now. “Quoted.” Next — one. Café. Été.",
             "Inc., the firm. U.S.-made chips.  Two spaces. Tab.\tAfter.",
         }) {
        CAPTURE(text);
        CHECK(scanned_breaks(text) == icu_breaks(text));
    }
}

TEST_CASE("scan_sentence_breaks: leaves line breaks, runs of marks and marks before words to ICU", "[extract]") {
    std::vector<std::size_t> breaks;
    CHECK_FALSE(scan_sentence_breaks("One.\nTwo.", breaks));
    CHECK_FALSE(scan_sentence_breaks("Really?! Yes.", breaks));
    CHECK_FALSE(scan_sentence_breaks("Wait... Go.", breaks));
    CHECK_FALSE(scan_sentence_breaks("In 2024.The end.", breaks));
    CHECK_FALSE(scan_sentence_breaks("Bad \xff byte. Next.", breaks));
}

// Random texts of the pieces that matter to sentence breaks (abbreviations of ICU's list and
// parts of them, marks, quotes, brackets, spaces, capitals, digits, letters beyond ASCII): where
// the scan decides, it decides as ICU, and the splitter's sentences are those of ICU alone.
TEST_CASE("scan_sentence_breaks: random texts agree with ICU", "[extract]") {
    const std::vector<std::string> pieces = {
        "The", "the", "Nvidia", "chips", "AI", "GPT", "ChatGPT", "data", "China", "2024", "2", "H100",
        "U.S.", "U.", "S.", "Mr.", "Mrs.", "Ph.D.", "Ph.", "a.m.", "a.", "Dept.", "Act.", "Inc.", "T.", "vs.",
        "e.g.", "No.", "Lt.Cdr.", "S.p.A.", "U.S.A.", ".", ".", ".", "?", "!", ",", ";", ":", "-", "(", ")",
        "\"", "'", " ", " ", " ", " ", "  ", "\t", "’", "“", "”", "—", "é", "Été", "北京", "\xc2\xa0", "…",
    };
    std::mt19937 random(18);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(1, 24);
    int decided = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (std::size_t n = length(random); n > 0; --n) text += pieces[piece(random)];
        std::vector<std::size_t> breaks;
        if (!scan_sentence_breaks(text, breaks)) continue;
        ++decided;
        CAPTURE(text);
        REQUIRE(breaks == icu_breaks(text));
        std::vector<Span> scanned, by_icu;
        split_sentences(text, Span{0, text.size()}, scanned);
        split_sentences_by_icu(text, Span{0, text.size()}, by_icu);
        REQUIRE(scanned.size() == by_icu.size());
        for (std::size_t k = 0; k < scanned.size(); ++k) {
            CHECK(scanned[k].start == by_icu[k].start);
            CHECK(scanned[k].end == by_icu[k].end);
        }
    }
    CHECK(decided > 5000);  // the test tests something
}
