// Sentence segmentation as ICU's rule-based break iterator does it (English, with the standard
// abbreviation suppressions, so "U.S. officials" stays one sentence), then split further where
// ICU misses a sentence's end in news copy.
#pragma once

#include <string_view>
#include <vector>

#include "tracker/article.h"

namespace tracker::extract {

// The sentences of text[span], trimmed of surrounding white space, as spans of `text`.
std::vector<Span> split_sentences(std::string_view text, const Span& span);
// The same into `out` (cleared first), whose capacity is reused.
void split_sentences(std::string_view text, const Span& span, std::vector<Span>& out);
// The same with ICU's iterator over the whole span, where split_sentences() asks ICU only about
// the blocks a scan cannot decide (sentence_scan.h): the reference the tests compare it with.
void split_sentences_by_icu(std::string_view text, const Span& span, std::vector<Span>& out);

}  // namespace tracker::extract
