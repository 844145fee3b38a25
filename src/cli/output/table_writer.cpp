#include "cli/output/table_writer.h"

#include <algorithm>

#include <fmt/core.h>

namespace tracker::cli {

bool parse_format(const std::string& name, Format* out) {
    static const std::pair<const char*, Format> k_names[] = {{"table", Format::table},
                                                             {"json", Format::json},
                                                             {"jsonl", Format::jsonl},
                                                             {"csv", Format::csv},
                                                             {"markdown", Format::markdown}};
    for (const auto& [n, f] : k_names)
        if (name == n) return *out = f, true;
    return false;
}

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string fit(const std::string& s, std::size_t width) {
    std::string flat;
    flat.reserve(s.size());
    for (char c : s) flat.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    if (width == 0 || display_width(flat) <= width) return flat;
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < flat.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(flat[i]);
        if ((c & 0xC0) != 0x80 && ++n > width - 1) break;
        out.push_back(flat[i]);
    }
    return out + "…";
}

void TableWriter::write(Format format, std::FILE* out, bool color) const {
    switch (format) {
        case Format::csv: write_csv(out); break;
        case Format::markdown: write_markdown(out); break;
        default: write_table(out, color); break;
    }
}

void TableWriter::write_table(std::FILE* out, bool color) const {
    std::vector<std::size_t> widths;
    for (const auto& c : m_columns) widths.push_back(display_width(c.name));
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : m_rows) {
        std::vector<std::string> r;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            r.push_back(fit(i < row.size() ? row[i] : "", m_columns[i].max_width));
            widths[i] = std::max(widths[i], display_width(r.back()));
        }
        cells.push_back(std::move(r));
    }
    auto line = [&](const std::vector<std::string>& r) {
        std::string s;
        for (std::size_t i = 0; i < r.size(); ++i) {
            s += r[i];
            if (i + 1 < r.size()) s += std::string(widths[i] - display_width(r[i]) + 2, ' ');
        }
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s;
    };
    std::vector<std::string> header;
    for (const auto& c : m_columns) header.push_back(c.name);
    fmt::print(out, "{}{}{}\n", color ? "\x1b[1m" : "", line(header), color ? "\x1b[0m" : "");
    for (const auto& r : cells) fmt::print(out, "{}\n", line(r));
}

namespace {
std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}
std::string markdown_cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}
}  // namespace

void TableWriter::write_csv(std::FILE* out) const {
    auto line = [&](const std::vector<std::string>& r) {
        std::string s;
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            s += (i ? "," : "") + csv_cell(i < r.size() ? r[i] : "");
        fmt::print(out, "{}\r\n", s);
    };
    std::vector<std::string> header;
    for (const auto& c : m_columns) header.push_back(c.name);
    line(header);
    for (const auto& r : m_rows) line(r);
}

void TableWriter::write_markdown(std::FILE* out) const {
    auto line = [&](const std::vector<std::string>& r) {
        std::string s = "|";
        for (std::size_t i = 0; i < m_columns.size(); ++i) s += " " + markdown_cell(i < r.size() ? r[i] : "") + " |";
        fmt::print(out, "{}\n", s);
    };
    std::vector<std::string> header, rule;
    for (const auto& c : m_columns) header.push_back(c.name), rule.push_back("---");
    line(header);
    line(rule);
    for (const auto& r : m_rows) line(r);
}

}  // namespace tracker::cli
