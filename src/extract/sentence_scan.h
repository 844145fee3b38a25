// Sentence breaks found by a plain scan where Unicode's rules leave no doubt, so that ICU's
// break iterator (sentence_splitter.cpp), which costs some 50 instructions a byte, reads only
// the blocks the scan cannot decide.
//
// ICU's English iterator ("en@ss=standard") is Unicode's sentence rules (UAX #29) with a filter
// that suppresses a break after the abbreviations of ICU's list ("Mr.", "U.S.", "T."). The scan
// applies the rules, and the filter as ICU 72 does, to the common cases (a full stop, question or
// exclamation mark followed by closing quotes or brackets, spaces, and a word) and gives up on
// the rest: line breaks, combining marks, runs of marks ("?!", "..."), a mark with nothing
// between it and the next word ("2024.The"). sentence_scan_test.cpp checks it against ICU.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tracker::extract {

// The break positions ICU's English sentence iterator gives in `text`, as byte offsets after the
// start (ascending; the last is text.size(), the first break after 0), into `breaks` (cleared
// first). False when the scan cannot tell them (then `breaks` means nothing), or when `text` is
// not valid UTF-8.
bool scan_sentence_breaks(std::string_view text, std::vector<std::size_t>& breaks);

// The abbreviations after which ICU's English sentence iterator suppresses a break ("Mr.",
// "U.S.", "Dept.", "T."), as ICU's own data lists them; empty when that data cannot be read
// (and then scan_sentence_breaks() decides nothing).
const std::unordered_set<std::string>& sentence_exceptions();

}  // namespace tracker::extract
