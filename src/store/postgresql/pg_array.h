// A PostgreSQL array literal ('{"a","b"}'), built from values to be bound as one parameter, so
// that a statement writes a whole list of rows through unnest(): one round trip instead of one
// a row. Every element is quoted and escaped, so no value can end the literal early. And the
// reverse for a column of integers: a statement reads a list of numbers as one array value
// ('{1,2,3}') rather than one row each.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace tracker::store {

class PgArray {
public:
    void add(const std::string& value) {
        separate();
        m_text += '"';
        for (char c : value) {
            if (c == '"' || c == '\\') m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void add(const char* value) { add(std::string(value)); }
    void add(std::int64_t value) {
        separate();
        m_text += std::to_string(value);
    }
    void add(int value) { add(static_cast<std::int64_t>(value)); }
    void add(double value) {
        separate();
        m_text += fmt::format("{}", value);
    }
    void add_null() {
        separate();
        m_text += "NULL";
    }
    std::string text() const { return m_text + '}'; }

private:
    void separate() { m_text += m_text.size() > 1 ? "," : ""; }
    std::string m_text = "{";
};

// Appends the numbers of an integer array's text form ("{1,2,3}", "{}": no NULL, no quotes, as
// PostgreSQL writes a bigint[] of non-null values) to `out`.
inline void append_int64s_of_array(std::string_view text, std::vector<std::int64_t>& out) {
    const char* at = text.data() + (text.empty() ? 0 : 1);  // past '{'
    const char* end = text.data() + text.size();
    while (at < end && *at != '}') {
        std::int64_t number = 0;
        const auto [next, error] = std::from_chars(at, end, number);
        if (error != std::errc{}) break;  // not PostgreSQL's form: stop rather than loop
        out.push_back(number);
        at = next + (next < end && *next == ',' ? 1 : 0);
    }
}

}  // namespace tracker::store
