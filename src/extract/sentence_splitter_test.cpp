#include <catch2/catch.hpp>

#include "extract/sentence_splitter.h"

using namespace tracker;
using namespace tracker::extract;

namespace {

std::vector<std::string> sentences(const std::string& text, Span span) {
    std::vector<std::string> out;
    for (const Span& s : split_sentences(text, span)) out.push_back(text.substr(s.start, s.end - s.start));
    return out;
}

std::vector<std::string> sentences(const std::string& text) { return sentences(text, Span{0, text.size()}); }

}  // namespace

TEST_CASE("split_sentences: sentences, trimmed; U.S. does not end one", "[extract]") {
    CHECK(sentences("  U.S. officials met Nvidia. They talked.\n") ==
          std::vector<std::string>{"U.S. officials met Nvidia.", "They talked."});
    CHECK(sentences("").empty());
}

TEST_CASE("split_sentences: a country's initials before a name end no sentence", "[extract]") {
    CHECK(sentences("SMIC was added to the U.S. Entity List in 2020. The U.K. Government agreed.") ==
          std::vector<std::string>{"SMIC was added to the U.S. Entity List in 2020.", "The U.K. Government agreed."});
    // Before a word that opens sentences, they do.
    CHECK(sentences("Nvidia sold chips to the U.S. The company said so.") ==
          std::vector<std::string>{"Nvidia sold chips to the U.S.", "The company said so."});
}

TEST_CASE("split_sentences: offsets stay in bytes of UTF-8 text beyond ASCII", "[extract]") {
    // Two-, three- and four-byte characters before, inside and after the breaks.
    const std::string text = "Zhipu’s café — closed. Ça va 🇹🇼 bien? Oui: 北京 said so.";
    CHECK(sentences(text) ==
          std::vector<std::string>{"Zhipu’s café — closed.", "Ça va 🇹🇼 bien?", "Oui: 北京 said so."});
    // A span inside the text: offsets count from the text's start.
    const std::string prefix = "é. ";
    const std::string whole = prefix + text;
    const auto spans = split_sentences(whole, Span{prefix.size(), whole.size()});
    REQUIRE(spans.size() == 3);
    CHECK(whole.substr(spans[2].start, spans[2].end - spans[2].start) == "Oui: 北京 said so.");
}

TEST_CASE("split_sentences: an inline bullet after a sentence's end splits it", "[extract]") {
    CHECK(sentences("It shipped processors. - This move was new. A - B stays.") ==
          std::vector<std::string>{"It shipped processors.", "This move was new.", "A - B stays."});
}

TEST_CASE("split_sentences: text that is not valid UTF-8 is still split, in bytes", "[extract]") {
    // The readers refuse such text; the splitter copes all the same.
    CHECK(sentences("Bad \xff byte. Next \xed\xa0\x80 one. Last.") ==
          std::vector<std::string>{"Bad \xff byte.", "Next \xed\xa0\x80 one.", "Last."});
}

TEST_CASE("split_sentences: a camel-case name after a full stop starts a sentence", "[extract]") {
    CHECK(sentences("Costs rose last year. xAI released a model. Then iFlytek followed.") ==
          std::vector<std::string>{"Costs rose last year.", "xAI released a model.", "Then iFlytek followed."});
    CHECK(sentences("Prices dropped sharply. iFlytek trained it.") ==
          std::vector<std::string>{"Prices dropped sharply.", "iFlytek trained it."});
    // Abbreviations and plain lowercase words go on as ICU has them.
    CHECK(sentences("Phones, e.g. iPhone models, sold. Grok vs. xAI rivals. Sales rose. and fell.") ==
          std::vector<std::string>{"Phones, e.g. iPhone models, sold.", "Grok vs. xAI rivals.", "Sales rose. and fell."});
}

TEST_CASE("split_sentences: a period inside parentheses ends no sentence", "[extract]") {
    const std::string text = "Chinese tech giant Tencent (0700.HK) launched a new model. It runs on H20 chips.";
    const auto spans = split_sentences(text, Span{0, text.size()});
    REQUIRE(spans.size() == 2);
    CHECK(text.substr(spans[0].start, spans[0].end - spans[0].start) ==
          "Chinese tech giant Tencent (0700.HK) launched a new model.");
}

TEST_CASE("split_sentences: a word ending like an abbreviation ends a sentence; an abbreviation does not", "[extract]") {
    // ICU keeps "ChatGPT. The" together: its list holds the initial "T.".
    CHECK(sentences("Zhipu AI copied answers from ChatGPT. The lab denied it.") ==
          std::vector<std::string>{"Zhipu AI copied answers from ChatGPT.", "The lab denied it."});
    CHECK(sentences("The rules cover the B30A and the XPT. Nvidia objected.") ==
          std::vector<std::string>{"The rules cover the B30A and the XPT.", "Nvidia objected."});
    CHECK(sentences("Mr. Huang met Prof. Li on Friday. Capt. Lee (Mrs. Li's aide) spoke.") ==
          std::vector<std::string>{"Mr. Huang met Prof. Li on Friday.", "Capt. Lee (Mrs. Li's aide) spoke."});
}
