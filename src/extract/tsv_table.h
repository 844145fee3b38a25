// A lexicon file: UTF-8 TSV, a header row naming the columns, `#` comment lines, blank lines
// ignored. Rows keep their line numbers so that a bad row is reported as `file:line: reason`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/error.h"

namespace tracker::extract {

struct TsvRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

class TsvTable {
public:
    // Parses `contents` of the file called `name`; every row must have as many fields as the
    // header, and the header must name at least the `required` columns.
    static Expected<TsvTable> parse(std::string name, std::string_view contents,
                                    const std::vector<std::string>& required);

    const std::string& name() const { return m_name; }
    const std::vector<TsvRow>& rows() const { return m_rows; }
    // The value of `column` in `row`; "-" and "" both read as "".
    std::string get(const TsvRow& row, const std::string& column) const;
    Error error(const TsvRow& row, const std::string& reason) const;

private:
    std::string m_name;
    std::vector<std::string> m_header;
    std::vector<TsvRow> m_rows;
};

}  // namespace tracker::extract
