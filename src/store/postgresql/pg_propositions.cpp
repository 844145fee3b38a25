#include "store/postgresql/pg_propositions.h"

#include <algorithm>

#include <fmt/format.h>

#include "store/postgresql/pg_array.h"

namespace tracker::store {

namespace {

constexpr char k_select_id[] =
    "SELECT id FROM propositions WHERE lower(actor) = lower(?) AND allegation = ? "
    "AND lower(hardware) = lower(?) AND object = ?";
constexpr char k_insert[] =
    "INSERT INTO propositions (actor, allegation, hardware, object, hardware_display, hardware_family) "
    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id";
// NOCASE comparisons of SQLite's are lower() ones here (0009_init.sql, b).
constexpr char k_family_of_member[] =
    "SELECT f.id FROM propositions m JOIN propositions f ON lower(f.actor) = lower(m.actor) "
    "AND f.allegation = m.allegation AND lower(f.hardware) = lower(m.hardware_family) AND f.object = m.object "
    "WHERE m.id = ? AND lower(m.hardware) <> lower(m.hardware_family)";
constexpr char k_has_claims[] = "SELECT EXISTS (SELECT 1 FROM claims WHERE proposition_id = ?)";
constexpr char k_delete[] = "DELETE FROM propositions WHERE id = ?";  // counters, history: CASCADE
constexpr char k_lock_row[] = "SELECT hardware, status, claims FROM propositions WHERE id = ? FOR UPDATE";
// The claims a proposition counts: itself and, for a family's, its members' (0009, 2).
constexpr char k_claims_of_scope[] =
    "SELECT id, proposition_id, article_id, polarity = 'denied', origin, reported_date, hardware, "
    "CASE WHEN has_quantity = 1 THEN evidence ELSE '' END, lower(hardware) <> lower(hardware_family) "
    "FROM claims WHERE proposition_id IN (SELECT $1::bigint UNION ALL SELECT m.id FROM propositions f "
    "JOIN propositions m ON lower(m.actor) = lower(f.actor) AND m.allegation = f.allegation "
    "AND lower(m.hardware_family) = lower(f.hardware) AND m.object = f.object "
    "WHERE f.id = $1 AND lower(m.hardware) <> lower(m.hardware_family)) ORDER BY id";
constexpr char k_origin_keys[] = "SELECT polarity = 'denied', origin_key FROM proposition_origins WHERE proposition_id = ?";
constexpr char k_quantity_keys[] = "SELECT unit, value FROM proposition_quantities WHERE proposition_id = ?";
constexpr char k_clear_origins[] = "DELETE FROM proposition_origins WHERE proposition_id = ?";
constexpr char k_clear_hardware[] = "DELETE FROM proposition_hardware WHERE proposition_id = ?";
constexpr char k_clear_quantities[] = "DELETE FROM proposition_quantities WHERE proposition_id = ?";
// One statement a table, whatever the proposition's size: its rows as arrays (pg_array.h).
constexpr char k_insert_origins[] =
    "INSERT INTO proposition_origins (proposition_id, polarity, origin_key, origin, claims, first_reported, "
    "first_article) SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::bigint[])";
constexpr char k_insert_hardware[] =
    "INSERT INTO proposition_hardware (proposition_id, hardware, claims) SELECT ?, * FROM unnest(?::text[], ?::int[])";
constexpr char k_insert_quantities[] =
    "INSERT INTO proposition_quantities (proposition_id, unit, value, text, first_claim, position, claims) "
    "SELECT ?, * FROM unnest(?::text[], ?::float8[], ?::text[], ?::bigint[], ?::int[], ?::int[])";
constexpr char k_update[] =
    "UPDATE propositions SET hardware_display = ?, status = ?, supporting = ?, denying = ?, claims = ?, "
    "articles = ?, first_reported = ?, first_denied = ?, revision = revision + ?, "
    "updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') WHERE id = ?";
constexpr char k_insert_change[] =
    "INSERT INTO proposition_changes (proposition_id, at, change, from_value, to_value, article_id) "
    "VALUES (?, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ?, ?, ?, ?)";

void add_article(std::vector<std::int64_t>& articles, std::int64_t article) {
    if (std::find(articles.begin(), articles.end(), article) == articles.end()) articles.push_back(article);
}

ClaimFacts claim_facts_of(const PgResult& rows, int row) {
    ClaimFacts c;
    c.id = rows.int64(row, 0);
    c.proposition_id = rows.int64(row, 1);
    c.article_id = rows.int64(row, 2);
    c.denied = rows.boolean(row, 3);
    c.origin = rows.text(row, 4);
    c.reported_date = rows.text(row, 5);
    c.hardware = rows.text(row, 6);
    c.evidence = rows.text(row, 7);
    c.member = rows.boolean(row, 8);
    return c;
}

// The article, among those the batch wrote (in order), first (or last) to have a claim that
// passes `test`; 0 when none has.
template <class Test>
std::int64_t written_article(const std::vector<std::int64_t>& written, const std::vector<ClaimFacts>& claims,
                             bool last, Test test) {
    std::int64_t found = 0;
    for (std::int64_t article : written) {
        const bool has = std::any_of(claims.begin(), claims.end(),
                                     [&](const ClaimFacts& c) { return c.article_id == article && test(c); });
        if (!has) continue;
        found = article;
        if (!last) break;
    }
    return found;
}

}  // namespace

std::int64_t PgPropositions::find_or_create(const xref::PropositionKey& key) {
    const PgResult found = m_connection.run(k_select_id, {key.actor, key.allegation, key.hardware, key.object});
    if (found.rows() > 0) return found.int64(0, 0);
    return m_connection
        .run(k_insert, {key.actor, key.allegation, key.hardware, key.object, key.hardware, key.family})
        .int64(0, 0);
}

void PgPropositions::touch(std::int64_t proposition_id, std::int64_t article_id, bool removed) {
    Touch& touch = m_article[proposition_id];
    add_article(touch.articles, article_id);
    touch.removed = touch.removed || removed;
}

void PgPropositions::touch_family(const ClaimFacts& claim, bool removed) {
    if (!claim.member) return;
    const PgResult family = m_connection.run(k_family_of_member, {claim.proposition_id});
    if (family.rows() > 0) touch(family.int64(0, 0), claim.article_id, removed);
}

void PgPropositions::end_article() {
    for (auto it = m_article.begin(); it != m_article.end();) {
        if (!it->second.removed || m_connection.run(k_has_claims, {it->first}).boolean(0, 0)) {
            ++it;
            continue;
        }
        m_connection.run(k_delete, {it->first});
        m_pending.erase(it->first);  // the row is gone: nothing left to recount
        it = m_article.erase(it);
    }
}

void PgPropositions::keep_article() {
    for (const auto& [id, touch] : m_article) {
        Touch& pending = m_pending[id];
        for (std::int64_t article : touch.articles) add_article(pending.articles, article);
        pending.removed = pending.removed || touch.removed;
        ++pending.writes;
    }
    m_article.clear();
}

void PgPropositions::settle() {
    keep_article();
    for (const auto& [id, touch] : m_pending) recount(id, touch);
    m_pending.clear();
}

void PgPropositions::discard() {
    m_article.clear();
    m_pending.clear();
}

std::vector<ClaimFacts> PgPropositions::claims_of_scope(std::int64_t proposition_id) {
    const PgResult rows = m_connection.run(k_claims_of_scope, {proposition_id});
    std::vector<ClaimFacts> claims;
    claims.reserve(static_cast<std::size_t>(rows.rows()));
    for (int row = 0; row < rows.rows(); ++row) claims.push_back(claim_facts_of(rows, row));
    return claims;
}

void PgPropositions::recount(std::int64_t proposition_id, const Touch& touch) {
    const PgResult row = m_connection.run(k_lock_row, {proposition_id});
    if (row.rows() == 0) return;
    const std::string key_hardware = row.text(0, 0);
    const std::string status_before = row.text(0, 1);
    const bool created = row.integer(0, 2) == 0;
    const std::vector<ClaimFacts> claims = claims_of_scope(proposition_id);
    const PropositionTally tally = tally_of(proposition_id, claims);
    if (tally.own_claims == 0) {
        m_connection.run(k_delete, {proposition_id});
        return;
    }
    write_history(proposition_id, touch, tally, claims, created ? std::string() : status_before);
    write_counters(proposition_id, tally);
    m_connection.run(k_update, {tally.hardware_display(key_hardware), xref::status_of(tally.supporting(), tally.denying()),
                                tally.supporting(), tally.denying(), tally.own_claims,
                                static_cast<std::int64_t>(tally.articles.size()), tally.first_reported(),
                                tally.first_denied(), touch.writes, proposition_id});
}

void PgPropositions::write_counters(std::int64_t proposition_id, const PropositionTally& tally) {
    for (const char* clear : {k_clear_origins, k_clear_hardware, k_clear_quantities})
        m_connection.run(clear, {proposition_id});
    PgArray polarity, key, origin, claims, first_reported, first_article;
    for (const auto& [k, row] : tally.origins) {
        polarity.add(k.first ? "denied" : "asserted");
        key.add(k.second);
        origin.add(row.origin);
        claims.add(row.claims);
        first_reported.add(row.first_reported);
        first_article.add(row.first_article);
    }
    m_connection.run(k_insert_origins, {proposition_id, polarity.text(), key.text(), origin.text(), claims.text(),
                                        first_reported.text(), first_article.text()});
    PgArray hardware, hardware_claims;
    for (const auto& [name, count] : tally.hardware) {
        hardware.add(name);
        hardware_claims.add(count);
    }
    m_connection.run(k_insert_hardware, {proposition_id, hardware.text(), hardware_claims.text()});
    if (tally.quantities.empty()) return;
    PgArray unit, value, text, first_claim, position, quantity_claims;
    for (const auto& [k, q] : tally.quantities) {
        unit.add(q.quantity.unit);
        value.add(q.quantity.value);
        text.add(q.quantity.text);
        first_claim.add(q.first_claim);
        position.add(q.position);
        quantity_claims.add(q.claims);
    }
    m_connection.run(k_insert_quantities, {proposition_id, unit.text(), value.text(), text.text(), first_claim.text(),
                                           position.text(), quantity_claims.text()});
}

// What settling changed, by comparing the counter rows (still as the last settle left them)
// with the tally; proposition_history.h says which article each change names on SQLite, and
// the articles of this batch, in the order written, stand in for its notes.
void PgPropositions::write_history(std::int64_t proposition_id, const Touch& touch, const PropositionTally& after,
                                   const std::vector<ClaimFacts>& claims, const std::string& status_before) {
    const std::string status = xref::status_of(after.supporting(), after.denying());
    auto insert = [&](const char* change, PgParam from, const std::string& to, std::int64_t article) {
        m_connection.run(k_insert_change, {proposition_id, change, std::move(from), to,
                                           article ? PgParam(article) : PgParam(nullptr)});
    };
    if (status_before.empty()) {  // new: the first claim counted names the article
        insert("new", nullptr, status, claims.empty() ? 0 : claims.front().article_id);
        return;
    }
    std::set<std::pair<bool, std::string>> origins_before;
    const PgResult origin_rows = m_connection.run(k_origin_keys, {proposition_id});
    for (int row = 0; row < origin_rows.rows(); ++row)
        origins_before.insert({origin_rows.boolean(row, 0), origin_rows.text(row, 1)});
    std::int64_t origin_article = 0;
    for (const auto& [key, row] : after.origins) {
        if (origins_before.contains(key)) continue;
        const auto of_origin = [&](const ClaimFacts& c) { return c.denied == key.first && origin_key(c.origin) == key.second; };
        const std::int64_t article = written_article(touch.articles, claims, false, of_origin);
        const auto first = std::find_if(claims.begin(), claims.end(),
                                        [&](const ClaimFacts& c) { return c.article_id == article && of_origin(c); });
        insert(key.first ? "denial" : "origin", nullptr, first == claims.end() ? row.origin : first->origin, article);
        origin_article = article;
    }
    std::set<std::pair<std::string, double>> quantities_before;
    const PgResult quantity_rows = m_connection.run(k_quantity_keys, {proposition_id});
    for (int row = 0; row < quantity_rows.rows(); ++row)
        quantities_before.insert({quantity_rows.text(row, 0), quantity_rows.real(row, 1)});
    std::vector<xref::QuantitySighting> before;
    for (const auto& [key, q] : after.quantities)
        if (quantities_before.contains(key)) before.push_back({q.quantity, q.first_claim, q.position});
    if (before.size() < after.quantities.size()) {
        const std::vector<std::string> old_conflicts = xref::conflicts_among(std::move(before));
        const std::int64_t article =
            written_article(touch.articles, claims, true, [](const ClaimFacts& c) { return !c.evidence.empty(); });
        for (const std::string& conflict : xref::conflicts_among(after.sightings()))
            if (std::find(old_conflicts.begin(), old_conflicts.end(), conflict) == old_conflicts.end())
                insert("conflict", nullptr, conflict, article);
    }
    if (status_before != status)
        insert("status", status_before, status, origin_article ? origin_article : touch.articles.back());
}

}  // namespace tracker::store
