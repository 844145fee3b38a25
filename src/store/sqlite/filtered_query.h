// A query whose optional filters are joined from constant fragments, each with its `?` values
// kept aside to be bound in order: user input never becomes SQL text.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <SQLiteCpp/Statement.h>

namespace tracker::store {

class FilteredQuery {
public:
    using Value = std::variant<std::int64_t, double, std::string>;

    explicit FilteredQuery(const char* base) : m_sql(base) {}

    // Appends a constant fragment holding one `?` per value given.
    void add(const char* fragment, std::vector<Value> values = {});

    const std::string& sql() const { return m_sql; }
    void bind(SQLite::Statement& statement) const;

private:
    std::string m_sql;
    std::vector<Value> m_values;
};

}  // namespace tracker::store
