// Sentence segmentation with ICU's rule-based break iterator (English, with the standard
// abbreviation suppressions, so "U.S. officials" stays one sentence).
#pragma once

#include <string_view>
#include <vector>

#include "tracker/article.h"

namespace tracker::extract {

// The sentences of text[span], trimmed of surrounding white space, as spans of `text`.
std::vector<Span> split_sentences(std::string_view text, const Span& span);
// The same into `out` (cleared first), whose capacity is reused.
void split_sentences(std::string_view text, const Span& span, std::vector<Span>& out);

}  // namespace tracker::extract
