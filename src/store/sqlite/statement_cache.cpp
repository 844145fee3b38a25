#include "store/sqlite/statement_cache.h"

namespace tracker::store {

StatementCache::Lease StatementCache::prepare(const std::string& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<SQLite::Statement>(m_db, sql)).first;
    SQLite::Statement& statement = *it->second;
    statement.reset();
    statement.clearBindings();
    return Lease(statement);
}

}  // namespace tracker::store
