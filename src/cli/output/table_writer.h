// Rows of text as people and spreadsheets read them: an aligned table for a terminal, CSV
// (RFC 4180 quoting) or a Markdown table. JSON is written by record_json.h.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace tracker::cli {

enum class Format { table, json, jsonl, csv, markdown };

// "table", "json", ... ; false for an unknown name.
bool parse_format(const std::string& name, Format* out);

struct Column {
    std::string name;
    std::size_t max_width = 0;  // table format only: longer cells are cut with "…" (0 = no cut)
};

class TableWriter {
public:
    explicit TableWriter(std::vector<Column> columns) : m_columns(std::move(columns)) {}
    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    // Writes in `format` (table, csv or markdown) to `out`; `color` bolds the table's header.
    void write(Format format, std::FILE* out, bool color) const;

private:
    void write_table(std::FILE* out, bool color) const;
    void write_csv(std::FILE* out) const;
    void write_markdown(std::FILE* out) const;

    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

// Display width of UTF-8 text, counting code points (wide CJK counted as one: good enough for
// aligned columns of names and dates).
std::size_t display_width(const std::string& s);
// `s` cut to `width` code points, ending in "…" when cut; newlines become spaces.
std::string fit(const std::string& s, std::size_t width);

}  // namespace tracker::cli
