#include "read/tsv_rows.h"

#include <algorithm>

namespace tracker::read {
namespace {

std::vector<std::string_view> columns(std::string_view row) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0;;) {
        std::size_t tab = row.find('\t', start);
        out.push_back(row.substr(start, tab == std::string_view::npos ? tab : tab - start));
        if (tab == std::string_view::npos)
            return out;
        start = tab + 1;
    }
}

}  // namespace

std::vector<TsvRow> tsv_rows(std::string_view tsv) {
    std::vector<TsvRow> rows;
    std::size_t line_number = 0;
    for (std::size_t at = 0; at < tsv.size();) {
        std::size_t newline = std::min(tsv.find('\n', at), tsv.size());
        std::string_view row = tsv.substr(at, newline - at);
        at = newline + 1;
        ++line_number;
        if (!row.empty() && row.back() == '\r')
            row.remove_suffix(1);
        if (!row.empty() && row.front() != '#')
            rows.push_back({line_number, columns(row)});
    }
    return rows;
}

std::string read_tsv_table(std::string_view tsv, std::string_view name,
                           const std::vector<std::string_view>& header,
                           const std::function<std::string(const std::vector<std::string_view>&)>& add_row) {
    std::vector<TsvRow> rows = tsv_rows(tsv);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string problem;
        if (i > 0) {
            problem = add_row(rows[i].columns);
        } else if (rows[i].columns != header) {
            problem = "expected the header \"";
            for (std::size_t c = 0; c < header.size(); ++c)
                problem.append(c ? "<TAB>" : "").append(header[c]);
            problem += "\"";
        }
        if (!problem.empty())
            return std::string(name) + ":" + std::to_string(rows[i].line_number) + ": " + problem;
    }
    return {};
}

}  // namespace tracker::read
