#include "store/sqlite/proposition_updater.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "store/sqlite/json_strings.h"

namespace tracker::store {

namespace {
constexpr char k_select_id[] =
    "SELECT id FROM propositions WHERE actor = ? AND allegation = ? AND hardware = ? AND object = ?";
constexpr char k_insert[] =
    "INSERT INTO propositions (actor, allegation, hardware, object, hardware_display) "
    "VALUES (?, ?, ?, ?, ?)";
// Answered from the claims_tally index alone (schema/sqlite/0003): no claim row is read.
constexpr char k_select_claims[] =
    "SELECT origin, polarity, reported_date, article_id, hardware FROM claims "
    "WHERE proposition_id = ? ORDER BY reported_date, article_id";
// Only claims whose evidence holds a number can conflict (claims_quantities, a partial index).
constexpr char k_select_quantified[] =
    "SELECT evidence FROM claims WHERE proposition_id = ? AND has_quantity = 1 ORDER BY id";
constexpr char k_select_family[] = "SELECT hardware FROM propositions WHERE id = ?";
constexpr char k_update[] =
    "UPDATE propositions SET hardware_display = ?, status = ?, supporting = ?, denying = ?, "
    "supporting_origins = ?, denying_origins = ?, articles = ?, first_reported = ?, "
    "first_denied = ?, conflicts = ?, revision = revision + 1, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?";
constexpr char k_delete[] = "DELETE FROM propositions WHERE id = ?";

}  // namespace

// Distinct names in order of first appearance, compared without case.
class OriginList {
public:
    void add(const std::string& origin) {
        std::string folded = origin;
        for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (m_seen.insert(folded).second) m_names.push_back(origin);
    }
    const std::vector<std::string>& names() const { return m_names; }

private:
    std::set<std::string> m_seen;
    std::vector<std::string> m_names;
};

// What a proposition's claims add up to.
struct Tally {
    OriginList supporting;
    OriginList denying;
    std::set<std::int64_t> articles;
    std::string first_reported;
    std::string first_denied;
    std::vector<std::string> evidence;
    std::set<std::string> hardware;
    int claims = 0;
};

namespace {

void keep_earliest(std::string& earliest, const std::string& date) {
    if (!date.empty() && (earliest.empty() || date < earliest)) earliest = date;
}

void add_claim(Tally& tally, SQLite::Statement& row) {
    const std::string origin = row.getColumn(0).getString();
    const bool denied = row.getColumn(1).getString() == "denied";
    const std::string reported = row.getColumn(2).getString();
    (denied ? tally.denying : tally.supporting).add(origin);
    tally.articles.insert(row.getColumn(3).getInt64());
    keep_earliest(tally.first_reported, reported);
    if (denied) keep_earliest(tally.first_denied, reported);
    tally.hardware.insert(row.getColumn(4).getString());
    ++tally.claims;
}

}  // namespace

std::int64_t PropositionUpdater::find_or_create(const xref::PropositionKey& key) {
    {
        auto select = m_statements.prepare(k_select_id);
        select->bind(1, key.actor);
        select->bind(2, key.allegation);
        select->bind(3, key.hardware);
        select->bind(4, key.object);
        if (select->executeStep()) return select->getColumn(0).getInt64();
    }
    auto insert = m_statements.prepare(k_insert);
    insert->bind(1, key.actor);
    insert->bind(2, key.allegation);
    insert->bind(3, key.hardware);
    insert->bind(4, key.object);
    insert->bind(5, key.hardware);
    insert->exec();
    return m_statements.database().getLastInsertRowid();
}

void PropositionUpdater::recompute(std::int64_t proposition_id) {
    const Tally tally = tally_of(proposition_id);
    if (tally.claims == 0) {
        auto remove = m_statements.prepare(k_delete);
        remove->bind(1, proposition_id);
        remove->exec();
        return;
    }
    const int supporting = static_cast<int>(tally.supporting.names().size());
    const int denying = static_cast<int>(tally.denying.names().size());
    auto update = m_statements.prepare(k_update);
    update->bind(1, displayed_hardware(proposition_id, tally));
    update->bind(2, xref::status_of(supporting, denying));
    update->bind(3, supporting);
    update->bind(4, denying);
    update->bind(5, to_json_strings(tally.supporting.names()));
    update->bind(6, to_json_strings(tally.denying.names()));
    update->bind(7, static_cast<std::int64_t>(tally.articles.size()));
    update->bind(8, tally.first_reported);
    update->bind(9, tally.first_denied);
    update->bind(10, to_json_strings(xref::conflicts_of(tally.evidence)));
    update->bind(11, proposition_id);
    update->exec();
}

Tally PropositionUpdater::tally_of(std::int64_t proposition_id) {
    Tally tally;
    {
        auto select = m_statements.prepare(k_select_claims);
        select->bind(1, proposition_id);
        while (select->executeStep()) add_claim(tally, *select);
    }
    auto quantified = m_statements.prepare(k_select_quantified);
    quantified->bind(1, proposition_id);
    while (quantified->executeStep()) tally.evidence.push_back(quantified->getColumn(0).getString());
    return tally;
}

// The one chip every claim names ("Nvidia B200"), else the key's family ("Nvidia Blackwell").
std::string PropositionUpdater::displayed_hardware(std::int64_t proposition_id, const Tally& tally) {
    if (tally.hardware.size() == 1) return *tally.hardware.begin();
    auto family = m_statements.prepare(k_select_family);
    family->bind(1, proposition_id);
    return family->executeStep() ? family->getColumn(0).getString() : std::string();
}

}  // namespace tracker::store
