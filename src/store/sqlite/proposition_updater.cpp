#include "store/sqlite/proposition_updater.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace tracker::store {

namespace {

constexpr char k_select_id[] =
    "SELECT id FROM propositions WHERE actor = ? AND allegation = ? AND hardware = ? AND object = ?";
constexpr char k_insert[] =
    "INSERT INTO propositions (actor, allegation, hardware, object, hardware_display, hardware_family) "
    "VALUES (?, ?, ?, ?, ?, ?)";

// A new origin row is inserted; an existing one counts one more claim, and takes the claim's date,
// article and spelling when it is earlier. Two statements rather than one upsert, so that the
// history learns which it was from sqlite3_changes (an upsert's RETURNING cost about 4% of
// ingest's CPU time, bench/ corpus of 1,569 articles).
constexpr char k_insert_origin[] =
    "INSERT OR IGNORE INTO proposition_origins "
    "(proposition_id, polarity, origin_key, origin, claims, first_reported, first_article) "
    "VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)";
constexpr char k_count_origin[] =
    "UPDATE proposition_origins SET claims = claims + 1, "
    "origin = iif(earlier, ?4, origin), "
    "first_reported = iif(earlier, ?5, first_reported), "
    "first_article = iif(earlier, ?6, first_article) "
    "WHERE proposition_id = ?1 AND polarity = ?2 AND origin_key = ?3";
// "Earlier" for an origin's first claim: dated before undated, then by date, then by article.
constexpr char k_earlier[] = "(?5 = '', ?5, ?6) < (first_reported = '', first_reported, first_article)";
constexpr char k_uncount_origin[] =
    "UPDATE proposition_origins SET claims = claims - 1 "
    "WHERE proposition_id = ? AND polarity = ? AND origin_key = ? "
    "RETURNING claims, first_reported, first_article";
constexpr char k_delete_origin[] =
    "DELETE FROM proposition_origins WHERE proposition_id = ? AND polarity = ? AND origin_key = ?";
// Over the proposition's scope (a family's counts its members' claims); ties go to the first
// claim, as counting claims in order of id keeps the first of equals.
const std::string k_first_claim_of_origin = std::string(
    "SELECT reported_date, article_id, origin FROM claims "
    "WHERE proposition_id IN (") + k_proposition_scope + ") AND polarity = ? AND " ORIGIN_KEY_SQL " = ? "
    "ORDER BY reported_date = '', reported_date, article_id, id LIMIT 1";
constexpr char k_set_first_claim_of_origin[] =
    "UPDATE proposition_origins SET first_reported = ?, first_article = ?, origin = ? "
    "WHERE proposition_id = ? AND polarity = ? AND origin_key = ?";

constexpr char k_count_hardware[] =
    "INSERT INTO proposition_hardware (proposition_id, hardware, claims) VALUES (?, ?, 1) "
    "ON CONFLICT (proposition_id, hardware) DO UPDATE SET claims = claims + 1";
constexpr char k_uncount_hardware[] =
    "UPDATE proposition_hardware SET claims = claims - 1 WHERE proposition_id = ? AND hardware = ?";
constexpr char k_delete_empty_hardware[] =
    "DELETE FROM proposition_hardware WHERE proposition_id = ? AND hardware = ? AND claims <= 0";

constexpr char k_count_quantity[] =
    "INSERT INTO proposition_quantities "
    "(proposition_id, unit, value, text, first_claim, position, claims) VALUES (?, ?, ?, ?, ?, ?, 1) "
    "ON CONFLICT (proposition_id, unit, value) DO UPDATE SET claims = claims + 1, "
    "text = iif(excluded.first_claim < first_claim, excluded.text, text), "
    "position = iif(excluded.first_claim < first_claim, excluded.position, position), "
    "first_claim = min(first_claim, excluded.first_claim) "
    "RETURNING claims";
constexpr char k_uncount_quantity[] =
    "UPDATE proposition_quantities SET claims = claims - 1 "
    "WHERE proposition_id = ? AND unit = ? AND value = ? RETURNING claims, first_claim";
constexpr char k_delete_quantity[] =
    "DELETE FROM proposition_quantities WHERE proposition_id = ? AND unit = ? AND value = ?";
// claims_quantities (0003) indexes the claims of a proposition whose evidence holds a digit.
const std::string k_quantified_claims = std::string("SELECT id, evidence FROM claims WHERE proposition_id IN (") +
                                        k_proposition_scope + ") AND has_quantity = 1 ORDER BY id";
constexpr char k_set_first_sighting[] =
    "UPDATE proposition_quantities SET text = ?, first_claim = ?, position = ? "
    "WHERE proposition_id = ? AND unit = ? AND value = ?";

// Read, then written with the rest by k_update: an UPDATE ... RETURNING cost more than both.
constexpr char k_select_counts[] = "SELECT claims, hardware, status FROM propositions WHERE id = ?";
constexpr char k_delete[] = "DELETE FROM propositions WHERE id = ?";
constexpr char k_stored_claims[] = "SELECT claims FROM propositions WHERE id = ?";
constexpr char k_origin_summary[] =
    "SELECT count(*) FILTER (WHERE polarity = 'asserted'), count(*) FILTER (WHERE polarity = 'denied'), "
    "min(first_reported) FILTER (WHERE first_reported <> ''), "
    "min(first_reported) FILTER (WHERE first_reported <> '' AND polarity = 'denied') "
    "FROM proposition_origins WHERE proposition_id = ?";
constexpr char k_two_hardware[] = "SELECT hardware FROM proposition_hardware WHERE proposition_id = ? LIMIT 2";
constexpr char k_update[] =
    "UPDATE propositions SET hardware_display = ?, status = ?, supporting = ?, denying = ?, "
    "first_reported = ?, first_denied = ?, revision = revision + ?, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), claims = ?, articles = articles + ? WHERE id = ?";

// The counts of `stats` (schema/sqlite/0017): a proposition inserted, one whose status moved.
constexpr char k_count_proposition[] = "UPDATE store_counts SET value = value + 1 WHERE name = 'propositions'";
constexpr char k_count_status[] =
    "INSERT INTO store_counts VALUES ('status:' || ?1, ?2) ON CONFLICT (name) DO UPDATE SET value = value + ?2";
constexpr char k_new_status[] = "single-source";  // the status column's default (0001)

constexpr char k_clear_origins[] = "DELETE FROM proposition_origins WHERE proposition_id = ?";
constexpr char k_clear_hardware[] = "DELETE FROM proposition_hardware WHERE proposition_id = ?";
constexpr char k_clear_quantities[] = "DELETE FROM proposition_quantities WHERE proposition_id = ?";
constexpr char k_clear_counts[] = "UPDATE propositions SET claims = 0, articles = 0 WHERE id = ?";

const char* polarity_of(const ClaimFacts& claim) { return claim.denied ? "denied" : "asserted"; }

bool has_digit(const std::string& text) { return text.find_first_of("0123456789") != std::string::npos; }

std::string with_earlier(std::string sql) {
    for (std::size_t at; (at = sql.find("earlier")) != std::string::npos;) sql.replace(at, 7, k_earlier);
    return sql;
}

// The one key of a row of proposition_origins.
void bind_origin_key(SQLite::Statement& statement, int first, const ClaimFacts& claim) {
    statement.bind(first, claim.proposition_id);
    statement.bind(first + 1, polarity_of(claim));
    statement.bind(first + 2, origin_key(claim.origin));
}

// A claim of `proposition_id`'s scope as that proposition counts it: a member's claim rolled up.
ClaimFacts counted_in(ClaimFacts claim, std::int64_t proposition_id) {
    if (claim.proposition_id != proposition_id) claim.rolled_up = true, claim.proposition_id = proposition_id;
    return claim;
}

void bind_quantity_key(SQLite::Statement& statement, std::int64_t proposition_id, const xref::Quantity& q) {
    statement.bind(1, proposition_id);
    statement.bind(2, q.unit);
    statement.bind(3, q.value);
}

// An upsert's RETURNING claims is 1 when it inserted the row: a new origin, a new quantity.
bool inserted_row(SQLite::Statement& upsert) {
    const bool inserted = upsert.executeStep() && upsert.getColumn(0).getInt() == 1;
    while (upsert.executeStep()) {
    }
    return inserted;
}

}  // namespace

ClaimFacts claim_facts_of(SQLite::Statement& row) {
    ClaimFacts c;
    c.id = row.getColumn(0).getInt64();
    c.proposition_id = row.getColumn(1).getInt64();
    c.article_id = row.getColumn(2).getInt64();
    c.denied = row.getColumn(3).getInt() != 0;
    c.origin = row.getColumn(4).getString();
    c.reported_date = row.getColumn(5).getString();
    c.hardware = row.getColumn(6).getString();
    c.evidence = row.getColumn(7).getString();
    c.member = row.getColumn(8).getInt() != 0;
    return c;
}

namespace {

constexpr char k_data_version[] = "PRAGMA data_version";

// The key's text as the UNIQUE (actor, allegation, hardware, object) index compares it: actor
// and hardware under NOCASE, which folds ASCII letters only.
std::string id_key(const xref::PropositionKey& key) {
    auto nocase = [](std::string text) {
        for (char& c : text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return text;
    };
    return nocase(key.actor) + '\x1f' + key.allegation + '\x1f' + nocase(key.hardware) + '\x1f' + key.object;
}

}  // namespace

std::int64_t PropositionUpdater::find_or_create(const xref::PropositionKey& key) {
    {
        auto version = m_statements.prepare(k_data_version);
        version->executeStep();
        const std::int64_t now = version->getColumn(0).getInt64();
        if (now != m_ids_version) m_ids.clear(), m_ids_version = now;
    }
    const std::string cache_key = id_key(key);
    if (const auto known = m_ids.find(cache_key); known != m_ids.end()) return known->second;
    const std::int64_t id = find_or_insert(key);
    m_ids.emplace(cache_key, id);
    return id;
}

std::int64_t PropositionUpdater::find_or_insert(const xref::PropositionKey& key) {
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
    insert->bind(6, key.family);
    insert->exec();
    const std::int64_t id = m_statements.database().getLastInsertRowid();
    if (m_store_counts) {
        m_statements.prepare(k_count_proposition)->exec();
        count_status(k_new_status, +1);
    }
    if (!key.hardware.empty() && !key.is_member()) count_members(id, key);
    return id;
}

// --- adding ----------------------------------------------------------------------------------

void PropositionUpdater::add(const ClaimFacts& claim) {
    ArticleChange& change = m_article[claim.proposition_id];
    if (!claim.rolled_up) ++change.claims;
    change.articles_added.insert(claim.article_id);
    count_origin(claim, change.history);
    {
        auto hardware = m_statements.prepare(k_count_hardware);
        hardware->bind(1, claim.proposition_id);
        hardware->bind(2, claim.hardware);
        hardware->exec();
    }
    count_quantities(claim, change.history);
}

void PropositionUpdater::count_origin(const ClaimFacts& claim, HistoryNotes& history) {
    static const std::string update = with_earlier(k_count_origin);
    const std::string_view statements[] = {k_insert_origin, update};
    for (const std::string_view sql : statements) {
        auto write = m_statements.prepare(sql);
        bind_origin_key(*write, 1, claim);
        write->bind(4, claim.origin);
        write->bind(5, claim.reported_date);
        write->bind(6, claim.article_id);
        write->exec();
        if (sql.data() == update.data()) return;
        if (m_statements.database().getChanges() == 1) {  // inserted: no UPDATE
            history.origin_created(claim.denied, origin_key(claim.origin), claim.origin, claim.article_id);
            return;
        }
    }
}

void PropositionUpdater::count_quantities(const ClaimFacts& claim, HistoryNotes& history) {
    if (!has_digit(claim.evidence)) return;
    int position = 0;
    for (const xref::Quantity& q : xref::quantities_in(claim.evidence)) {
        auto upsert = m_statements.prepare(k_count_quantity);
        bind_quantity_key(*upsert, claim.proposition_id, q);
        upsert->bind(4, q.text);
        upsert->bind(5, claim.id);
        upsert->bind(6, position++);
        if (inserted_row(*upsert)) history.quantity_created(q, claim.article_id);
    }
}

// --- removing --------------------------------------------------------------------------------

void PropositionUpdater::remove(const ClaimFacts& claim) {
    ArticleChange& change = m_article[claim.proposition_id];
    if (!claim.rolled_up) --change.claims;
    change.articles_removed.insert(claim.article_id);
    uncount_origin(claim, change.history);
    for (const char* sql : {k_uncount_hardware, k_delete_empty_hardware}) {
        auto hardware = m_statements.prepare(sql);
        hardware->bind(1, claim.proposition_id);
        hardware->bind(2, claim.hardware);
        hardware->exec();
    }
    uncount_quantities(claim, change.history);
}

void PropositionUpdater::uncount_origin(const ClaimFacts& claim, HistoryNotes& history) {
    int left = 0;
    bool was_first = false;
    {
        auto update = m_statements.prepare(k_uncount_origin);
        bind_origin_key(*update, 1, claim);
        if (!update->executeStep()) return;  // not counted: nothing to undo
        left = update->getColumn(0).getInt();
        was_first = update->getColumn(1).getString() == claim.reported_date &&
                    update->getColumn(2).getInt64() == claim.article_id;
        while (update->executeStep()) {
        }
    }
    if (left <= 0) {
        auto remove = m_statements.prepare(k_delete_origin);
        bind_origin_key(*remove, 1, claim);
        remove->exec();
        history.origin_deleted(claim.denied, origin_key(claim.origin), claim.article_id);
    } else if (was_first) {
        refresh_first_claim_of_origin(claim);
    }
}

// The origin's earliest claim is gone: find the next earliest among the claims left.
void PropositionUpdater::refresh_first_claim_of_origin(const ClaimFacts& claim) {
    std::string reported, origin;
    std::int64_t article = 0;
    {
        auto select = m_statements.prepare(k_first_claim_of_origin);
        select->bind(1, claim.proposition_id);
        bind_origin_key(*select, 2, claim);
        if (!select->executeStep()) return;
        reported = select->getColumn(0).getString();
        article = select->getColumn(1).getInt64();
        origin = select->getColumn(2).getString();
    }
    auto update = m_statements.prepare(k_set_first_claim_of_origin);
    update->bind(1, reported);
    update->bind(2, article);
    update->bind(3, origin);
    bind_origin_key(*update, 4, claim);
    update->exec();
}

void PropositionUpdater::uncount_quantities(const ClaimFacts& claim, HistoryNotes& history) {
    if (!has_digit(claim.evidence)) return;
    for (const xref::Quantity& q : xref::quantities_in(claim.evidence)) {
        int left = 0;
        std::int64_t first_claim = 0;
        {
            auto update = m_statements.prepare(k_uncount_quantity);
            bind_quantity_key(*update, claim.proposition_id, q);
            if (!update->executeStep()) continue;
            left = update->getColumn(0).getInt();
            first_claim = update->getColumn(1).getInt64();
            while (update->executeStep()) {
            }
        }
        if (left <= 0) {
            auto remove = m_statements.prepare(k_delete_quantity);
            bind_quantity_key(*remove, claim.proposition_id, q);
            remove->exec();
            history.quantity_deleted(q);
        } else if (first_claim == claim.id) {
            refresh_first_sighting(claim.proposition_id, q);
        }
    }
}

// The claim that first gave this quantity is gone: the next claim (by id) giving it takes over.
void PropositionUpdater::refresh_first_sighting(std::int64_t proposition_id, const xref::Quantity& quantity) {
    std::int64_t claim_id = 0;
    int position = 0;
    std::string text;
    {
        auto select = m_statements.prepare(k_quantified_claims);
        select->bind(1, proposition_id);
        select->bind(2, proposition_id);
        while (claim_id == 0 && select->executeStep()) {
            const auto found = xref::quantities_in(select->getColumn(1).getString());
            for (std::size_t i = 0; i < found.size(); ++i) {
                if (found[i].unit != quantity.unit || found[i].value != quantity.value) continue;
                claim_id = select->getColumn(0).getInt64();
                position = static_cast<int>(i);
                text = found[i].text;
                break;
            }
        }
    }
    if (claim_id == 0) return;
    auto update = m_statements.prepare(k_set_first_sighting);
    update->bind(1, text);
    update->bind(2, claim_id);
    update->bind(3, position);
    update->bind(4, proposition_id);
    update->bind(5, quantity.unit);
    update->bind(6, quantity.value);
    update->exec();
}

// --- settling --------------------------------------------------------------------------------

// Only claims removed can empty a proposition. Its stored claims count is the batch's start
// (settle writes it), so the batch's pending changes and this article's are added to it.
void PropositionUpdater::end_article() {
    for (auto& [id, change] : m_article) {
        if (change.articles_removed.empty()) continue;
        int claims = change.claims;
        if (const auto pending = m_pending.find(id); pending != m_pending.end()) claims += pending->second.claims;
        {
            auto stored = m_statements.prepare(k_stored_claims);
            stored->bind(1, id);
            if (!stored->executeStep()) continue;
            claims += stored->getColumn(0).getInt();
        }
        if (claims > 0) continue;
        delete_proposition(id);
        change.emptied = true;
    }
}

void PropositionUpdater::keep_article() {
    for (const auto& [id, change] : m_article) {
        if (change.emptied) {
            m_pending.erase(id);  // the row is gone: nothing left to finish
            continue;
        }
        PendingChange& pending = m_pending[id];
        pending.claims += change.claims;
        pending.articles += static_cast<std::int64_t>(change.articles_added.size()) -
                            static_cast<std::int64_t>(change.articles_removed.size());
        ++pending.writes;
        pending.history.merge(change.history);
    }
    m_article.clear();
}

void PropositionUpdater::settle() {
    keep_article();
    for (const auto& [id, change] : m_pending) finish(id, change);
    m_pending.clear();
}

void PropositionUpdater::discard() {
    m_article.clear();
    m_pending.clear();
    m_ids.clear();  // rows created in the rolled-back transaction are gone
}

// Its counter rows go with it (CASCADE); its id may be taken again by a new row.
void PropositionUpdater::delete_proposition(std::int64_t proposition_id) {
    auto remove = m_statements.prepare(k_delete);
    remove->bind(1, proposition_id);
    remove->exec();
    m_ids.clear();
}

void PropositionUpdater::finish(std::int64_t proposition_id, const PendingChange& change) {
    int claims = 0;
    std::string family, status_before;
    {
        auto counts = m_statements.prepare(k_select_counts);
        counts->bind(1, proposition_id);
        if (!counts->executeStep()) return;
        claims = counts->getColumn(0).getInt() + change.claims;
        family = counts->getColumn(1).getString();
        status_before = counts->getColumn(2).getString();
    }
    if (claims <= 0) {
        delete_proposition(proposition_id);
        return;
    }
    int supporting = 0, denying = 0;
    std::string first_reported, first_denied;
    {
        auto summary = m_statements.prepare(k_origin_summary);
        summary->bind(1, proposition_id);
        summary->executeStep();
        supporting = summary->getColumn(0).getInt();
        denying = summary->getColumn(1).getInt();
        first_reported = summary->getColumn(2).getString();  // NULL reads as ""
        first_denied = summary->getColumn(3).getString();
    }
    std::vector<std::string> hardware;
    {
        auto select = m_statements.prepare(k_two_hardware);
        select->bind(1, proposition_id);
        while (select->executeStep()) hardware.push_back(select->getColumn(0).getString());
    }
    const std::string status = xref::status_of(supporting, denying);
    if (m_history) change.history.record(m_statements, proposition_id, claims == change.claims, status_before, status);
    if (m_store_counts && status != status_before) {
        count_status(status_before, -1);
        count_status(status, +1);
    }
    auto update = m_statements.prepare(k_update);
    update->bind(1, hardware.size() == 1 ? hardware.front() : family);
    update->bind(2, status);
    update->bind(3, supporting);
    update->bind(4, denying);
    update->bind(5, first_reported);
    update->bind(6, first_denied);
    update->bind(7, change.writes);
    update->bind(8, claims);
    update->bind(9, change.articles);
    update->bind(10, proposition_id);
    update->exec();
}

void PropositionUpdater::count_status(std::string_view status, int change) {
    auto count = m_statements.prepare(k_count_status);
    count->bind(1, std::string(status));
    count->bind(2, change);
    count->exec();
}

// --- rebuilding ------------------------------------------------------------------------------

void PropositionUpdater::rebuild(std::int64_t proposition_id) {
    m_article.erase(proposition_id);  // counted from scratch below
    m_pending.erase(proposition_id);
    for (const char* sql : {k_clear_origins, k_clear_hardware, k_clear_quantities, k_clear_counts}) {
        auto clear = m_statements.prepare(sql);
        clear->bind(1, proposition_id);
        clear->exec();
    }
    std::vector<ClaimFacts> claims;
    {
        static const std::string sql = std::string("SELECT ") + k_claim_facts_columns +
                                       " FROM claims WHERE proposition_id IN (" + k_proposition_scope + ") ORDER BY id";
        auto select = m_statements.prepare(sql);
        select->bind(1, proposition_id);
        select->bind(2, proposition_id);
        while (select->executeStep()) claims.push_back(counted_in(claim_facts_of(*select), proposition_id));
    }
    m_history = false;  // a recount finds what was there: no history
    for (const ClaimFacts& claim : claims) add(claim);
    m_article[proposition_id];  // a proposition with no claims left is settled (deleted) too
    settle();
    m_history = true;
}

// --- families ----------------------------------------------------------------------------------

constexpr char k_family_of_member[] =
    "SELECT f.id FROM propositions m JOIN propositions f ON f.actor = m.actor AND f.allegation = m.allegation "
    "AND f.hardware = m.hardware_family AND f.object = m.object WHERE m.id = ? AND m.hardware <> m.hardware_family";
// By propositions_family (0009), then claims_proposition.
const std::string k_member_claims = std::string("SELECT ") + k_claim_facts_columns +
                                    " FROM claims WHERE proposition_id IN (SELECT id FROM propositions "
                                    "WHERE actor = ? AND allegation = ? AND hardware_family = ? AND object = ? "
                                    "AND hardware <> hardware_family) ORDER BY id";

void PropositionUpdater::add_to_family(const ClaimFacts& claim) {
    if (!claim.member) return;
    if (const std::int64_t family = family_of_member(claim.proposition_id)) add(counted_in(claim, family));
}

void PropositionUpdater::remove_from_family(const ClaimFacts& claim) {
    if (!claim.member) return;
    if (const std::int64_t family = family_of_member(claim.proposition_id)) remove(counted_in(claim, family));
}

// 0 when the family has no proposition (no claim names the family itself).
std::int64_t PropositionUpdater::family_of_member(std::int64_t member_proposition_id) {
    auto select = m_statements.prepare(k_family_of_member);
    select->bind(1, member_proposition_id);
    return select->executeStep() ? select->getColumn(0).getInt64() : 0;
}

// A family's proposition just created: the claims its members' propositions hold so far.
void PropositionUpdater::count_members(std::int64_t family_proposition_id, const xref::PropositionKey& key) {
    std::vector<ClaimFacts> claims;
    {
        auto select = m_statements.prepare(k_member_claims);
        select->bind(1, key.actor);
        select->bind(2, key.allegation);
        select->bind(3, key.hardware);
        select->bind(4, key.object);
        while (select->executeStep()) claims.push_back(counted_in(claim_facts_of(*select), family_proposition_id));
    }
    for (const ClaimFacts& claim : claims) add(claim);
}

}  // namespace tracker::store
