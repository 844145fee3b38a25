#include "extract/tsv_table.h"

#include <algorithm>
#include <sstream>

namespace tracker::extract {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        std::string_view f = line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
        while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.remove_suffix(1);
        while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
        fields.emplace_back(f);
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return fields;
}

}  // namespace

Expected<TsvTable> TsvTable::parse(std::string name, std::string_view contents,
                                   const std::vector<std::string>& required) {
    TsvTable table;
    table.m_name = std::move(name);
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < contents.size()) {
        std::size_t nl = contents.find('\n', pos);
        std::string_view line = contents.substr(pos, nl == contents.npos ? contents.npos : nl - pos);
        pos = nl == contents.npos ? contents.size() : nl + 1;
        ++line_no;
        std::string_view trimmed = line;
        while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == ' ')) trimmed.remove_suffix(1);
        if (trimmed.empty() || trimmed.front() == '#') continue;
        auto fields = split_tabs(trimmed);
        if (table.m_header.empty()) {
            table.m_header = std::move(fields);
            for (const auto& col : required)
                if (std::find(table.m_header.begin(), table.m_header.end(), col) == table.m_header.end())
                    return fail(table.m_name + ":" + std::to_string(line_no),
                                "header lacks the column '" + col + "'");
            continue;
        }
        if (fields.size() != table.m_header.size())
            return fail(table.m_name + ":" + std::to_string(line_no),
                        "expected " + std::to_string(table.m_header.size()) + " fields, found " +
                            std::to_string(fields.size()));
        table.m_rows.push_back(TsvRow{line_no, std::move(fields)});
    }
    if (table.m_header.empty()) return fail(table.m_name, "no header row");
    return table;
}

std::string TsvTable::get(const TsvRow& row, const std::string& column) const {
    auto it = std::find(m_header.begin(), m_header.end(), column);
    if (it == m_header.end()) return "";
    const std::string& v = row.fields[static_cast<std::size_t>(it - m_header.begin())];
    return v == "-" ? "" : v;
}

Error TsvTable::error(const TsvRow& row, const std::string& reason) const {
    return Error{m_name + ":" + std::to_string(row.line), reason};
}

}  // namespace tracker::extract
