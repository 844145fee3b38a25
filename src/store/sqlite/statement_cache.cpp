#include "store/sqlite/statement_cache.h"

namespace tracker::store {

StatementCache::Lease StatementCache::prepare(std::string_view sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        std::string text(sql);
        auto statement = std::make_unique<SQLite::Statement>(m_db, text);
        it = m_statements.emplace(std::move(text), std::move(statement)).first;
    }
    SQLite::Statement& statement = *it->second;
    statement.reset();
    statement.clearBindings();
    return Lease(statement);
}

}  // namespace tracker::store
