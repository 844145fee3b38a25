// The history of a proposition (schema/sqlite/0008_proposition_history.sql): what its claims'
// writes change is noted while PropositionUpdater counts them, and written as rows of
// proposition_changes when it settles the proposition, once per batch.
//
// Only what settling cannot see afterwards is noted: which origin rows and which quantity rows
// the writes created or deleted (a row created and deleted again nets to nothing), and the
// articles responsible. The status before comes from the propositions row itself, which
// settling has not yet rewritten.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/statement_cache.h"
#include "tracker/store.h"
#include "tracker/xref.h"

namespace tracker::store {

class HistoryNotes {
public:
    void origin_created(bool denied, const std::string& key, const std::string& origin, std::int64_t article);
    void origin_deleted(bool denied, const std::string& key, std::int64_t article);
    void quantity_created(const xref::Quantity& quantity, std::int64_t article);
    void quantity_deleted(const xref::Quantity& quantity);
    // A later write's notes (the next article of the batch) after these.
    void merge(const HistoryNotes& later);

    // Writes the changes of a proposition being settled: `created` when it had no claims
    // before, its status before and after.
    void record(StatementCache& statements, std::int64_t proposition_id, bool created,
                const std::string& status_before, const std::string& status_after) const;

private:
    struct OriginNote {
        int rows = 0;  // created minus deleted
        std::string origin;
        std::int64_t article = 0;
    };
    void record_conflicts(StatementCache& statements, std::int64_t proposition_id) const;

    std::map<std::pair<bool, std::string>, OriginNote> m_origins;  // by (denied, origin key)
    std::map<std::pair<std::string, double>, int> m_quantities;    // (unit, value): created minus deleted
    std::int64_t m_first_article = 0;     // the first article that created an origin row
    std::int64_t m_origin_article = 0;    // the last article that created or deleted an origin row
    std::int64_t m_quantity_article = 0;  // the last article that created a quantity row
};

// A proposition's distinct quantities with their first sightings (proposition_quantities),
// which xref::conflicts_among turns into its conflicts.
std::vector<xref::QuantitySighting> quantity_sightings(StatementCache& statements, std::int64_t proposition_id);

// The changes at or after `since`, oldest first (Store::find_changes).
std::vector<PropositionChange> changes_since(StatementCache& statements, const std::string& since);

}  // namespace tracker::store
