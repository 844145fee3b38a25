#include "store/sqlite/filtered_query.h"

#include <cassert>
#include <algorithm>

namespace tracker::store {

void FilteredQuery::add(const char* fragment, std::vector<Value> values) {
    const std::string_view text(fragment);
    assert(static_cast<std::size_t>(std::count(text.begin(), text.end(), '?')) == values.size());
    m_sql += text;
    for (Value& v : values) m_values.push_back(std::move(v));
}

void FilteredQuery::bind(SQLite::Statement& statement) const {
    int index = 1;
    for (const Value& v : m_values) {
        if (const auto* number = std::get_if<std::int64_t>(&v))
            statement.bind(index++, *number);
        else if (const auto* real = std::get_if<double>(&v))
            statement.bind(index++, *real);
        else
            statement.bind(index++, std::get<std::string>(v));
    }
}

}  // namespace tracker::store
