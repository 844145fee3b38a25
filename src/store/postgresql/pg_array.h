// A PostgreSQL array literal ('{"a","b"}'), built from values to be bound as one parameter, so
// that a statement writes a whole list of rows through unnest(): one round trip instead of one
// a row. Every element is quoted and escaped, so no value can end the literal early.
#pragma once

#include <cstdint>
#include <string>

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

}  // namespace tracker::store
