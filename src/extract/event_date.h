// Dates that a sentence gives for what it reports: "on Tuesday", "in January", "last month",
// "earlier this year", "late 2026", "February 24", "December 10, 2025", "2025-12", resolved
// against the article's date. Precision follows the text: "2026", "2026-01", "2026-01-13".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace tracker::extract {

struct DateMention {
    std::size_t first = 0;  // token range, inclusive
    std::size_t last = 0;
    std::string date;       // ISO 8601, partial allowed
};

// `article_date` is "YYYY-MM-DD" or "" (then only absolute dates are found).
std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    const std::string& article_date);

// Where the sentence's dates stand, relative ones too ("on Monday", "last week"), their dates
// not resolved: for readers that ask only where a date is ("Anthropic on Monday accused").
std::vector<DateMention> date_spans(std::string_view text, const std::vector<Token>& tokens);

}  // namespace tracker::extract
