// A query whose optional filters are joined from constant fragments, each with its `?` values
// kept aside to be bound in order: user input never becomes SQL text. Both backends build their
// queries with it (PostgreSQL numbers the `?` when it prepares them, pg_connection.h).
#pragma once

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tracker::store {

class FilteredQuery {
public:
    using Value = std::variant<std::int64_t, double, std::string>;

    explicit FilteredQuery(const char* base) : m_sql(base) {}

    // Appends a constant fragment holding one `?` per value given.
    void add(const char* fragment, std::vector<Value> values = {}) {
        const std::string_view text(fragment);
        assert(static_cast<std::size_t>(std::count(text.begin(), text.end(), '?')) == values.size());
        m_sql += text;
        for (Value& v : values) m_values.push_back(std::move(v));
    }

    const std::string& sql() const { return m_sql; }
    const std::vector<Value>& values() const { return m_values; }

    // Binds the values, from index 1, to a statement with bind(int, value) (SQLiteCpp's).
    template <class Statement>
    void bind(Statement& statement) const {
        int index = 1;
        for (const Value& v : m_values) std::visit([&](const auto& value) { statement.bind(index++, value); }, v);
    }

private:
    std::string m_sql;
    std::vector<Value> m_values;
};

}  // namespace tracker::store
