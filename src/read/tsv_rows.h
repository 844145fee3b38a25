// The rows of a data/ table (a lexicon of the reading stage): tab-separated columns, `#` comment
// lines and blank lines skipped, CRLF or LF line ends, the first row the header. The loaders say
// what each column means; this only cuts the text up and numbers the lines for their errors.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tracker::read {

struct TsvRow {
    std::size_t line_number = 0;  // 1-based, in the whole file
    std::vector<std::string_view> columns;
};

// Every row that is not a comment or blank, in order, the header included.
std::vector<TsvRow> tsv_rows(std::string_view tsv);

// Checks that the first row is `header` and hands every other row's columns to `add_row`, which
// returns "" or the reason it refuses the row. Returns "" or the first reason as
// "NAME:LINE: reason" ("data/x.tsv:1: expected the header \"pattern<TAB>kind<TAB>note\"").
std::string read_tsv_table(std::string_view tsv, std::string_view name,
                           const std::vector<std::string_view>& header,
                           const std::function<std::string(const std::vector<std::string_view>&)>& add_row);

}  // namespace tracker::read
