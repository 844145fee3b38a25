#include "store/postgresql/pg_propositions.h"

#include <algorithm>

#include <fmt/format.h>

#include "store/postgresql/pg_array.h"

namespace tracker::store {

namespace {

// One round trip: the key's proposition, inserted when missing, and a member's family's.
constexpr char k_find_or_create[] =
    "WITH found AS (SELECT id FROM propositions WHERE lower(actor) = lower($1) AND allegation = $2 "
    "AND lower(hardware) = lower($3) AND object = $4), "
    "inserted AS (INSERT INTO propositions (actor, allegation, hardware, object, hardware_display, hardware_family) "
    "SELECT $1, $2, $3, $4, $3, $5 WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id) "
    "SELECT p.id, (SELECT f.id FROM propositions f WHERE $6::boolean AND lower(f.actor) = lower($1) "
    "AND f.allegation = $2 AND lower(f.hardware) = lower($5) AND f.object = $4) "
    "FROM (SELECT id FROM found UNION ALL SELECT id FROM inserted) p";
// NOCASE comparisons of SQLite's are lower() ones here (0009_init.sql, b).
constexpr char k_family_of_member[] =
    "SELECT f.id FROM propositions m JOIN propositions f ON lower(f.actor) = lower(m.actor) "
    "AND f.allegation = m.allegation AND lower(f.hardware) = lower(m.hardware_family) AND f.object = m.object "
    "WHERE m.id = ? AND lower(m.hardware) <> lower(m.hardware_family)";
constexpr char k_has_claims[] = "SELECT EXISTS (SELECT 1 FROM claims WHERE proposition_id = ?)";
constexpr char k_delete[] = "DELETE FROM propositions WHERE id = ?";  // counters, history: CASCADE

// The settle's statements, each over the batch's propositions ($1: an array of their ids).
constexpr char k_lock_rows[] =
    "SELECT id, hardware, status, claims FROM propositions WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE";
// The claims each proposition counts: itself and, for a family's, its members' (0009, 2).
constexpr char k_claims_of_scopes[] =
    "SELECT s.owner, c.id, c.proposition_id, c.article_id, c.polarity = 'denied', c.origin, c.reported_date, "
    "c.hardware, CASE WHEN c.has_quantity = 1 THEN c.evidence ELSE '' END, "
    "lower(c.hardware) <> lower(c.hardware_family) "
    "FROM (SELECT id AS owner, id AS member FROM propositions WHERE id = ANY($1::bigint[]) "
    "UNION ALL SELECT f.id, m.id FROM propositions f JOIN propositions m ON lower(m.actor) = lower(f.actor) "
    "AND m.allegation = f.allegation AND lower(m.hardware_family) = lower(f.hardware) AND m.object = f.object "
    "WHERE f.id = ANY($1::bigint[]) AND lower(m.hardware) <> lower(m.hardware_family)) s "
    "JOIN claims c ON c.proposition_id = s.member ORDER BY s.owner, c.id";
constexpr char k_origin_keys[] =
    "SELECT proposition_id, polarity = 'denied', origin_key FROM proposition_origins "
    "WHERE proposition_id = ANY($1::bigint[])";
constexpr char k_quantity_keys[] =
    "SELECT proposition_id, unit, value FROM proposition_quantities WHERE proposition_id = ANY($1::bigint[])";
constexpr char k_delete_all[] = "DELETE FROM propositions WHERE id = ANY($1::bigint[])";
constexpr char k_clear_origins[] = "DELETE FROM proposition_origins WHERE proposition_id = ANY($1::bigint[])";
constexpr char k_clear_hardware[] = "DELETE FROM proposition_hardware WHERE proposition_id = ANY($1::bigint[])";
constexpr char k_clear_quantities[] = "DELETE FROM proposition_quantities WHERE proposition_id = ANY($1::bigint[])";
constexpr char k_insert_origins[] =
    "INSERT INTO proposition_origins (proposition_id, polarity, origin_key, origin, claims, first_reported, "
    "first_article) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], "
    "$7::bigint[])";
constexpr char k_insert_hardware[] =
    "INSERT INTO proposition_hardware (proposition_id, hardware, claims) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[])";
constexpr char k_insert_quantities[] =
    "INSERT INTO proposition_quantities (proposition_id, unit, value, text, first_claim, position, claims) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::text[], $5::bigint[], $6::int[], $7::int[])";
constexpr char k_update[] =
    "UPDATE propositions p SET hardware_display = u.hardware_display, status = u.status, supporting = u.supporting, "
    "denying = u.denying, claims = u.claims, articles = u.articles, first_reported = u.first_reported, "
    "first_denied = u.first_denied, revision = p.revision + u.writes, "
    "updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
    "FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], "
    "$9::text[], $10::int[]) AS u(id, hardware_display, status, supporting, denying, claims, articles, "
    "first_reported, first_denied, writes) WHERE p.id = u.id";
// In the order given, so that ids follow it as they do on SQLite.
constexpr char k_insert_changes[] =
    "INSERT INTO proposition_changes (proposition_id, at, change, from_value, to_value, article_id) "
    "SELECT u.proposition_id, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), u.change, "
    "u.from_value, u.to_value, u.article_id FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], "
    "$5::bigint[]) WITH ORDINALITY AS u(proposition_id, change, from_value, to_value, article_id, n) ORDER BY u.n";

void add_article(std::vector<std::int64_t>& articles, std::int64_t article) {
    if (std::find(articles.begin(), articles.end(), article) == articles.end()) articles.push_back(article);
}

// A row of k_claims_of_scopes, from its column 1 (column 0 is the proposition counting it).
ClaimFacts claim_facts_of(const PgResult& rows, int row) {
    ClaimFacts c;
    c.id = rows.int64(row, 1);
    c.proposition_id = rows.int64(row, 2);
    c.article_id = rows.int64(row, 3);
    c.denied = rows.boolean(row, 4);
    c.origin = rows.text(row, 5);
    c.reported_date = rows.text(row, 6);
    c.hardware = rows.text(row, 7);
    c.evidence = rows.text(row, 8);
    c.member = rows.boolean(row, 9);
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

// What a settle writes, gathered for all its propositions: each member an array bound as one
// parameter of one statement (the column lists of k_insert_origins, ... in order).
struct PgPropositions::Recount {
    PgArray deleted;
    PgArray kept;
    struct {
        PgArray proposition, polarity, key, origin, claims, first_reported, first_article;
    } origins;
    struct {
        PgArray proposition, hardware, claims;
    } hardware;
    struct {
        PgArray proposition, unit, value, text, first_claim, position, claims;
    } quantities;
    struct {
        PgArray id, hardware_display, status, supporting, denying, claims, articles, first_reported, first_denied,
            writes;
    } rows;
    struct {
        PgArray proposition, change, from, to, article;
    } changes;

    void add_change(std::int64_t proposition_id, const char* change, const std::string* from, const std::string& to,
                    std::int64_t article) {
        changes.proposition.add(proposition_id);
        changes.change.add(change);
        if (from) changes.from.add(*from);
        else changes.from.add_null();
        changes.to.add(to);
        if (article) changes.article.add(article);
        else changes.article.add_null();
    }
    void add_counters(std::int64_t proposition_id, const PropositionTally& tally);
    void add_history(std::int64_t proposition_id, const Touch& touch, const Before& before,
                     const PropositionTally& after, const std::vector<ClaimFacts>& claims);
};

PgPropositions::Found PgPropositions::find_or_create(const xref::PropositionKey& key) {
    const PgResult found = m_connection.run(
        k_find_or_create, {key.actor, key.allegation, key.hardware, key.object, key.family, key.is_member() ? "t" : "f"});
    return {found.int64(0, 0), found.int64(0, 1)};
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

void PgPropositions::discard() {
    m_article.clear();
    m_pending.clear();
}

// Locks the rows (FOR UPDATE: a writer without the writers' lock would wait here) and reads
// what settling compares with: the status, and the counter rows' keys.
std::map<std::int64_t, PgPropositions::Before> PgPropositions::read_before(const std::string& ids) {
    std::map<std::int64_t, Before> before;
    const PgResult rows = m_connection.run(k_lock_rows, {ids});
    for (int row = 0; row < rows.rows(); ++row)
        before[rows.int64(row, 0)] = {true, rows.text(row, 1), rows.text(row, 2), rows.integer(row, 3) == 0, {}, {}};
    const PgResult origins = m_connection.run(k_origin_keys, {ids});
    for (int row = 0; row < origins.rows(); ++row)
        before[origins.int64(row, 0)].origins.insert({origins.boolean(row, 1), origins.text(row, 2)});
    const PgResult quantities = m_connection.run(k_quantity_keys, {ids});
    for (int row = 0; row < quantities.rows(); ++row)
        before[quantities.int64(row, 0)].quantities.insert({quantities.text(row, 1), quantities.real(row, 2)});
    return before;
}

std::map<std::int64_t, std::vector<ClaimFacts>> PgPropositions::claims_of_scopes(const std::string& ids) {
    std::map<std::int64_t, std::vector<ClaimFacts>> claims;
    const PgResult rows = m_connection.run(k_claims_of_scopes, {ids});
    for (int row = 0; row < rows.rows(); ++row) claims[rows.int64(row, 0)].push_back(claim_facts_of(rows, row));
    return claims;
}

void PgPropositions::settle() {
    keep_article();
    if (m_pending.empty()) return;
    PgArray pending;
    for (const auto& [id, touch] : m_pending) pending.add(id);
    const std::map<std::int64_t, Before> before = read_before(pending.text());
    std::map<std::int64_t, std::vector<ClaimFacts>> claims = claims_of_scopes(pending.text());
    Recount recount;
    for (const auto& [id, touch] : m_pending) {
        const auto row = before.find(id);
        if (row == before.end() || !row->second.exists) continue;  // deleted since it was touched
        const std::vector<ClaimFacts>& scope = claims[id];
        const PropositionTally tally = tally_of(id, scope);
        if (tally.own_claims == 0) {
            recount.deleted.add(id);
            continue;
        }
        recount.kept.add(id);
        recount.add_history(id, touch, row->second, tally, scope);
        recount.add_counters(id, tally);
        auto& r = recount.rows;
        r.id.add(id);
        r.hardware_display.add(tally.hardware_display(row->second.key_hardware));
        r.status.add(xref::status_of(tally.supporting(), tally.denying()));
        r.supporting.add(tally.supporting());
        r.denying.add(tally.denying());
        r.claims.add(tally.own_claims);
        r.articles.add(static_cast<std::int64_t>(tally.articles.size()));
        r.first_reported.add(tally.first_reported());
        r.first_denied.add(tally.first_denied());
        r.writes.add(touch.writes);
    }
    write(recount);
    m_pending.clear();
}

void PgPropositions::write(const Recount& r) {
    m_connection.run(k_delete_all, {r.deleted.text()});
    for (const char* clear : {k_clear_origins, k_clear_hardware, k_clear_quantities}) m_connection.run(clear, {r.kept.text()});
    const auto& o = r.origins;
    m_connection.run(k_insert_origins, {o.proposition.text(), o.polarity.text(), o.key.text(), o.origin.text(),
                                        o.claims.text(), o.first_reported.text(), o.first_article.text()});
    m_connection.run(k_insert_hardware, {r.hardware.proposition.text(), r.hardware.hardware.text(),
                                         r.hardware.claims.text()});
    const auto& q = r.quantities;
    m_connection.run(k_insert_quantities, {q.proposition.text(), q.unit.text(), q.value.text(), q.text.text(),
                                           q.first_claim.text(), q.position.text(), q.claims.text()});
    const auto& u = r.rows;
    m_connection.run(k_update, {u.id.text(), u.hardware_display.text(), u.status.text(), u.supporting.text(),
                                u.denying.text(), u.claims.text(), u.articles.text(), u.first_reported.text(),
                                u.first_denied.text(), u.writes.text()});
    const auto& c = r.changes;
    m_connection.run(k_insert_changes,
                     {c.proposition.text(), c.change.text(), c.from.text(), c.to.text(), c.article.text()});
}

void PgPropositions::Recount::add_counters(std::int64_t id, const PropositionTally& tally) {
    for (const auto& [k, row] : tally.origins) {
        origins.proposition.add(id);
        origins.polarity.add(k.first ? "denied" : "asserted");
        origins.key.add(k.second);
        origins.origin.add(row.origin);
        origins.claims.add(row.claims);
        origins.first_reported.add(row.first_reported);
        origins.first_article.add(row.first_article);
    }
    for (const auto& [name, count] : tally.hardware) {
        hardware.proposition.add(id);
        hardware.hardware.add(name);
        hardware.claims.add(count);
    }
    for (const auto& [k, q] : tally.quantities) {
        quantities.proposition.add(id);
        quantities.unit.add(q.quantity.unit);
        quantities.value.add(q.quantity.value);
        quantities.text.add(q.quantity.text);
        quantities.first_claim.add(q.first_claim);
        quantities.position.add(q.position);
        quantities.claims.add(q.claims);
    }
}

// What settling changed, by comparing the counter rows as the last settle left them with the
// tally; proposition_history.h says which article each change names on SQLite, and the
// articles of this batch, in the order written, stand in for its notes.
void PgPropositions::Recount::add_history(std::int64_t id, const Touch& touch, const Before& before,
                                          const PropositionTally& after, const std::vector<ClaimFacts>& claims) {
    const std::string status = xref::status_of(after.supporting(), after.denying());
    if (before.created) {  // new: the first claim counted names the article
        add_change(id, "new", nullptr, status, claims.empty() ? 0 : claims.front().article_id);
        return;
    }
    std::int64_t origin_article = 0;
    for (const auto& [key, row] : after.origins) {
        if (before.origins.contains(key)) continue;
        const auto of_origin = [&](const ClaimFacts& c) { return c.denied == key.first && origin_key(c.origin) == key.second; };
        const std::int64_t article = written_article(touch.articles, claims, false, of_origin);
        const auto first = std::find_if(claims.begin(), claims.end(),
                                        [&](const ClaimFacts& c) { return c.article_id == article && of_origin(c); });
        add_change(id, key.first ? "denial" : "origin", nullptr, first == claims.end() ? row.origin : first->origin,
                   article);
        origin_article = article;
    }
    std::vector<xref::QuantitySighting> earlier;
    for (const auto& [key, q] : after.quantities)
        if (before.quantities.contains(key)) earlier.push_back({q.quantity, q.first_claim, q.position});
    if (earlier.size() < after.quantities.size()) {
        const std::vector<std::string> old_conflicts = xref::conflicts_among(std::move(earlier));
        const std::int64_t article =
            written_article(touch.articles, claims, true, [](const ClaimFacts& c) { return !c.evidence.empty(); });
        for (const std::string& conflict : xref::conflicts_among(after.sightings()))
            if (std::find(old_conflicts.begin(), old_conflicts.end(), conflict) == old_conflicts.end())
                add_change(id, "conflict", nullptr, conflict, article);
    }
    if (before.status != status)
        add_change(id, "status", &before.status, status, origin_article ? origin_article : touch.articles.back());
}

}  // namespace tracker::store
