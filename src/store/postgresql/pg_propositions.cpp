#include "store/postgresql/pg_propositions.h"

#include <algorithm>

#include "store/postgresql/pg_array.h"

namespace tracker::store {

namespace {

// One round trip for all an article's keys ($1..$6: actor, allegation, hardware, object, family,
// is a member; one element a claim): each key's proposition, inserted when missing (in the order
// the keys come, so that ids follow it), and for a member's key its family's proposition. The
// statement's snapshot does not see the rows it inserts: those come from `inserted`.
#define SAME_KEY(p, hardware) \
    "lower(" p ".actor) = lower(k.actor) AND " p ".allegation = k.allegation AND lower(" p ".hardware) = lower(" hardware ") AND " p ".object = k.object"
constexpr char k_find_or_create[] =
    "WITH k AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) "
    "WITH ORDINALITY AS k(actor, allegation, hardware, object, family, member, n)), "
    "inserted AS (INSERT INTO propositions (actor, allegation, hardware, object, hardware_display, hardware_family) "
    "SELECT actor, allegation, hardware, object, hardware, family FROM (SELECT DISTINCT ON (lower(actor), allegation, "
    "lower(hardware), object) * FROM k WHERE NOT EXISTS (SELECT 1 FROM propositions p WHERE " SAME_KEY("p", "k.hardware") ") "
    "ORDER BY lower(actor), allegation, lower(hardware), object, n) d ORDER BY d.n "
    "RETURNING id, actor, allegation, hardware, object) "
    "SELECT coalesce((SELECT p.id FROM propositions p WHERE " SAME_KEY("p", "k.hardware") "), "
    "(SELECT p.id FROM inserted p WHERE " SAME_KEY("p", "k.hardware") ")), "
    "CASE WHEN k.member THEN coalesce((SELECT p.id FROM propositions p WHERE " SAME_KEY("p", "k.family") "), "
    "(SELECT p.id FROM inserted p WHERE " SAME_KEY("p", "k.family") ")) END "
    "FROM k ORDER BY k.n";
// NOCASE comparisons of SQLite's are lower() ones here (0009_init.sql, b).
constexpr char k_family_of_member[] =
    "SELECT f.id FROM propositions m JOIN propositions f ON lower(f.actor) = lower(m.actor) "
    "AND f.allegation = m.allegation AND lower(f.hardware) = lower(m.hardware_family) AND f.object = m.object "
    "WHERE m.id = ? AND lower(m.hardware) <> lower(m.hardware_family)";
constexpr char k_without_claims[] =
    "SELECT u.id FROM unnest($1::bigint[]) AS u(id) WHERE NOT EXISTS (SELECT 1 FROM claims WHERE proposition_id = u.id)";
constexpr char k_delete_all[] = "DELETE FROM propositions WHERE id = ANY($1::bigint[])";  // counters, history: CASCADE

// The propositions whose claims a proposition counts (0009, 2): itself and, for a family's, its
// members'. As a table joined to claims on proposition_id, so that claims_proposition finds them.
// SCOPES: (owner, member) for the propositions of array $1; SCOPE_OF_U_P: member for u.p.
#define MEMBERS_OF(f_id)                                                                                         \
    "FROM propositions f JOIN propositions m ON lower(m.actor) = lower(f.actor) AND m.allegation = f.allegation " \
    "AND lower(m.hardware_family) = lower(f.hardware) AND m.object = f.object "                                 \
    "WHERE " f_id " AND lower(m.hardware) <> lower(m.hardware_family)"
#define SCOPES \
    "(SELECT u.p AS owner, u.p AS member FROM unnest($1::bigint[]) AS u(p) UNION ALL SELECT f.id, m.id " \
    MEMBERS_OF("f.id = ANY($1::bigint[])") ") s"
#define SCOPE_OF_U_P "(SELECT u.p AS member UNION ALL SELECT m.id " MEMBERS_OF("f.id = u.p") ") s"

// The settle's statements, each over the batch's propositions or counter rows (arrays).
constexpr char k_lock_rows[] =
    "SELECT id, hardware, status, claims, articles FROM propositions WHERE id = ANY($1::bigint[]) "
    "ORDER BY id FOR UPDATE";
constexpr char k_claims_of_scopes[] =
    "SELECT s.owner, c.id, c.proposition_id, c.article_id, c.polarity = 'denied', c.origin, c.reported_date, "
    "c.hardware, CASE WHEN c.has_quantity = 1 THEN c.evidence ELSE '' END, "
    "lower(c.hardware) <> lower(c.hardware_family) "
    "FROM " SCOPES " JOIN claims c ON c.proposition_id = s.member ORDER BY s.owner, c.id";
constexpr char k_origin_rows[] =
    "SELECT o.proposition_id, o.polarity = 'denied', o.origin_key, o.origin, o.claims, o.first_reported, "
    "o.first_article FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(p, polarity, k) "
    "JOIN proposition_origins o ON o.proposition_id = u.p AND o.polarity = u.polarity AND o.origin_key = u.k";
constexpr char k_hardware_rows[] =
    "SELECT h.proposition_id, h.hardware, h.claims FROM unnest($1::bigint[], $2::text[]) AS u(p, hardware) "
    "JOIN proposition_hardware h ON h.proposition_id = u.p AND h.hardware = u.hardware";
constexpr char k_quantity_rows[] =
    "SELECT q.proposition_id, q.unit, q.value, q.text, q.first_claim, q.position, q.claims "
    "FROM unnest($1::bigint[], $2::text[], $3::float8[]) AS u(p, unit, v) "
    "JOIN proposition_quantities q ON q.proposition_id = u.p AND q.unit = u.unit AND q.value = u.v";
// An origin's earliest claim left (SQLite's k_first_claim_of_origin), by origin_key's SQL.
constexpr char k_first_claims_of_origins[] =
    "SELECT u.n, c.reported_date, c.article_id, c.origin FROM unnest($1::bigint[], $2::text[], $3::text[]) "
    "WITH ORDINALITY AS u(p, polarity, k, n) CROSS JOIN LATERAL (SELECT c.reported_date, c.article_id, c.origin "
    "FROM " SCOPE_OF_U_P " JOIN claims c ON c.proposition_id = s.member WHERE c.polarity = u.polarity "
    "AND " ORIGIN_KEY_SQL " = u.k ORDER BY c.reported_date = '', c.reported_date, c.article_id, c.id LIMIT 1) c";
// The quantified claims of a scope, by id (SQLite's k_quantified_claims).
constexpr char k_quantified_claims[] =
    "SELECT s.owner, c.id, c.evidence FROM " SCOPES " JOIN claims c ON c.proposition_id = s.member "
    "WHERE c.has_quantity = 1 ORDER BY s.owner, c.id";

constexpr char k_delete_origins[] =
    "DELETE FROM proposition_origins o USING unnest($1::bigint[], $2::text[], $3::text[]) AS u(p, polarity, k) "
    "WHERE o.proposition_id = u.p AND o.polarity = u.polarity AND o.origin_key = u.k";
constexpr char k_delete_hardware[] =
    "DELETE FROM proposition_hardware h USING unnest($1::bigint[], $2::text[]) AS u(p, hardware) "
    "WHERE h.proposition_id = u.p AND h.hardware = u.hardware";
constexpr char k_delete_quantities[] =
    "DELETE FROM proposition_quantities q USING unnest($1::bigint[], $2::text[], $3::float8[]) AS u(p, unit, v) "
    "WHERE q.proposition_id = u.p AND q.unit = u.unit AND q.value = u.v";
constexpr char k_upsert_origins[] =
    "INSERT INTO proposition_origins (proposition_id, polarity, origin_key, origin, claims, first_reported, "
    "first_article) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], "
    "$7::bigint[]) ON CONFLICT (proposition_id, polarity, origin_key) DO UPDATE SET origin = excluded.origin, "
    "claims = excluded.claims, first_reported = excluded.first_reported, first_article = excluded.first_article";
constexpr char k_upsert_hardware[] =
    "INSERT INTO proposition_hardware (proposition_id, hardware, claims) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[]) "
    "ON CONFLICT (proposition_id, hardware) DO UPDATE SET claims = excluded.claims";
constexpr char k_upsert_quantities[] =
    "INSERT INTO proposition_quantities (proposition_id, unit, value, text, first_claim, position, claims) "
    "SELECT * FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::text[], $5::bigint[], $6::int[], $7::int[]) "
    "ON CONFLICT (proposition_id, unit, value) DO UPDATE SET text = excluded.text, "
    "first_claim = excluded.first_claim, position = excluded.position, claims = excluded.claims";
// What the propositions rows show, from their counter rows once written (SQLite's
// k_origin_summary and k_two_hardware): over a proposition's origins, not its claims.
constexpr char k_summaries[] =
    "SELECT u.p, o.supporting, o.denying, coalesce(o.first_reported, ''), coalesce(o.first_denied, ''), "
    "h.hardware, h.n FROM unnest($1::bigint[]) AS u(p) CROSS JOIN LATERAL (SELECT "
    "count(*) FILTER (WHERE polarity = 'asserted') AS supporting, count(*) FILTER (WHERE polarity = 'denied') "
    "AS denying, min(first_reported) FILTER (WHERE first_reported <> '') AS first_reported, "
    "min(first_reported) FILTER (WHERE first_reported <> '' AND polarity = 'denied') AS first_denied "
    "FROM proposition_origins WHERE proposition_id = u.p) o CROSS JOIN LATERAL (SELECT min(hardware) AS hardware, "
    "count(*) AS n FROM (SELECT hardware FROM proposition_hardware WHERE proposition_id = u.p LIMIT 2) two) h "
    "ORDER BY u.p";
// SQLite's quantity_sightings, in its order (the primary key's).
constexpr char k_sightings[] =
    "SELECT proposition_id, unit, value, text, first_claim, position FROM proposition_quantities "
    "WHERE proposition_id = ANY($1::bigint[]) ORDER BY proposition_id, unit, value";
constexpr char k_update[] =
    "UPDATE propositions p SET hardware_display = u.hardware_display, status = u.status, supporting = u.supporting, "
    "denying = u.denying, claims = u.claims, articles = u.articles, first_reported = u.first_reported, "
    "first_denied = u.first_denied, revision = p.revision + u.writes, "
    "updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
    "FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::bigint[], $8::text[], "
    "$9::text[], $10::int[]) AS u(id, hardware_display, status, supporting, denying, claims, articles, "
    "first_reported, first_denied, writes) WHERE p.id = u.id";
// In the order given, so that ids follow it as they do on SQLite.
constexpr char k_insert_changes[] =
    "INSERT INTO proposition_changes (proposition_id, at, change, from_value, to_value, article_id) "
    "SELECT u.proposition_id, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), u.change, "
    "u.from_value, u.to_value, u.article_id FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], "
    "$5::bigint[]) WITH ORDINALITY AS u(proposition_id, change, from_value, to_value, article_id, n) ORDER BY u.n";


std::set<QuantityKey> quantity_keys(const ClaimFacts& claim) {
    std::set<QuantityKey> keys;
    for (const xref::Quantity& q : quantities_of(claim)) keys.insert({q.unit, q.value});
    return keys;
}

const char* polarity_of(bool denied) { return denied ? "denied" : "asserted"; }

// What counting claims in and out changed that settling cannot see afterwards, noted as
// SQLite's HistoryNotes notes it (proposition_history.h): the origin and quantity rows made or
// emptied, and the articles responsible.
struct History {
    struct OriginNote {
        int rows = 0;  // made minus emptied
        std::string origin;
        std::int64_t article = 0;
    };
    std::map<OriginKey, OriginNote> origins;
    std::map<QuantityKey, int> quantities;  // made minus emptied
    std::int64_t origin_article = 0;        // the last article that made or emptied an origin row
    std::int64_t quantity_article = 0;      // the last article that made a quantity row
};

}  // namespace

struct PgPropositions::Settling {
    std::string key_hardware;
    std::string status_before;
    int claims = 0;  // after
    std::int64_t articles = 0;
    bool created = false;  // no claims before this batch: counted from its claims
    std::int64_t first_article = 0;  // a created one's: the article its "new" names
    PropositionTally tally;          // a created one's whole; another's touched rows
    std::set<OriginKey> origins;     // the rows the batch's claims touch (not created ones)
    std::set<std::string> hardware;
    std::set<QuantityKey> quantities;
    History history;
    const PendingChange* pending = nullptr;
};

std::vector<PgPropositions::Found> PgPropositions::find_or_create(const std::vector<xref::PropositionKey>& keys) {
    if (keys.empty()) return {};
    PgArray actor, allegation, hardware, object, family, member;
    for (const xref::PropositionKey& key : keys) {
        actor.add(key.actor), allegation.add(key.allegation), hardware.add(key.hardware), object.add(key.object);
        family.add(key.family), member.add(key.is_member() ? "t" : "f");
    }
    const PgResult rows = m_connection.run(k_find_or_create, {actor.text(), allegation.text(), hardware.text(),
                                                              object.text(), family.text(), member.text()});
    std::vector<Found> found;
    for (int row = 0; row < rows.rows(); ++row) found.push_back({rows.int64(row, 0), rows.int64(row, 1)});
    return found;
}

void PgPropositions::count(ClaimFacts claim, std::int64_t proposition_id, bool removed) {
    claim.rolled_up = claim.proposition_id != proposition_id;
    claim.proposition_id = proposition_id;
    ArticleChange& change = m_article[proposition_id];
    if (!claim.rolled_up) change.claims += removed ? -1 : 1;
    (removed ? change.articles_removed : change.articles_added).insert(claim.article_id);
    change.counted.push_back({std::move(claim), removed});
}

void PgPropositions::add(const ClaimFacts& claim, std::int64_t family) {
    count(claim, claim.proposition_id, false);
    if (family) count(claim, family, false);
}

void PgPropositions::remove(const std::vector<ClaimFacts>& claims) {
    std::map<std::int64_t, std::int64_t> families;  // by member's proposition: one look-up each
    for (const ClaimFacts& claim : claims) {
        count(claim, claim.proposition_id, true);
        if (!claim.member) continue;
        auto [family, is_new] = families.try_emplace(claim.proposition_id, 0);
        if (is_new) {
            const PgResult found = m_connection.run(k_family_of_member, {claim.proposition_id});
            family->second = found.rows() > 0 ? found.int64(0, 0) : 0;
        }
        if (family->second) count(claim, family->second, true);
    }
}

// Only claims removed can empty a proposition: those the article removed from and that have no
// claim left go, and what is pending for them with them.
void PgPropositions::end_article() {
    PgArray candidates;
    bool any = false;
    for (const auto& [id, change] : m_article)
        if (!change.articles_removed.empty()) candidates.add(id), any = true;
    if (!any) return;
    const PgResult empty = m_connection.run(k_without_claims, {candidates.text()});
    if (empty.rows() == 0) return;
    PgArray deleted;
    for (int row = 0; row < empty.rows(); ++row) {
        deleted.add(empty.int64(row, 0));
        m_article.erase(empty.int64(row, 0));
        m_pending.erase(empty.int64(row, 0));  // the row is gone: nothing left to settle
    }
    m_connection.run(k_delete_all, {deleted.text()});
}

void PgPropositions::keep_article() {
    for (auto& [id, change] : m_article) {
        PendingChange& pending = m_pending[id];
        for (Counted& counted : change.counted) pending.counted.push_back(std::move(counted));
        pending.claims += change.claims;
        pending.articles += static_cast<std::int64_t>(change.articles_added.size()) -
                            static_cast<std::int64_t>(change.articles_removed.size());
        ++pending.writes;
    }
    m_article.clear();
}

void PgPropositions::discard() {
    m_article.clear();
    m_pending.clear();
}

void PgPropositions::settle() {
    keep_article();
    if (m_pending.empty()) return;
    PgArray ids;
    for (const auto& [id, change] : m_pending) ids.add(id);
    std::map<std::int64_t, Settling> settling = lock_rows(ids.text());
    count_created(settling);
    count_existing(settling);
    write(settling);
    m_pending.clear();
}

// Locks the rows (FOR UPDATE: a writer without the writers' lock would wait here) and reads
// what settling starts from. A row deleted since it was touched is not settled.
std::map<std::int64_t, PgPropositions::Settling> PgPropositions::lock_rows(const std::string& ids) {
    std::map<std::int64_t, Settling> settling;
    const PgResult rows = m_connection.run(k_lock_rows, {ids});
    for (int row = 0; row < rows.rows(); ++row) {
        const std::int64_t id = rows.int64(row, 0);
        const auto pending = m_pending.find(id);
        if (pending == m_pending.end()) continue;
        Settling& s = settling[id];
        s.key_hardware = rows.text(row, 1);
        s.status_before = rows.text(row, 2);
        s.created = rows.integer(row, 3) == 0;
        s.claims = rows.integer(row, 3) + pending->second.claims;
        s.articles = rows.int64(row, 4) + pending->second.articles;
        s.pending = &pending->second;
    }
    return settling;
}

// A proposition with no claims before this batch has no counter rows: counted from the claims
// of its scope, which for a family's made now are its members' claims too (as SQLite's
// count_members counts them when it makes the row).
void PgPropositions::count_created(std::map<std::int64_t, Settling>& settling) {
    PgArray created;
    bool any = false;
    for (const auto& [id, s] : settling)
        if (s.created) created.add(id), any = true;
    if (!any) return;
    std::map<std::int64_t, std::vector<ClaimFacts>> claims;
    const PgResult rows = m_connection.run(k_claims_of_scopes, {created.text()});
    for (int row = 0; row < rows.rows(); ++row) claims[rows.int64(row, 0)].push_back(claim_facts_of(rows, row, 1));  // 0: the counting proposition
    for (auto& [id, s] : settling) {
        if (!s.created) continue;
        const std::vector<ClaimFacts>& scope = claims[id];
        s.tally = tally_of(id, scope);
        s.claims = s.tally.own_claims;
        s.articles = static_cast<std::int64_t>(s.tally.articles.size());
        // SQLite's "new" names the article of the first claim counted: a member's stored before
        // the family's proposition was made, else the first written in this batch.
        const auto first_added = std::find_if(s.pending->counted.begin(), s.pending->counted.end(),
                                              [](const Counted& c) { return !c.removed; });
        if (first_added != s.pending->counted.end()) s.first_article = first_added->claim.article_id;
        if (!scope.empty() && (first_added == s.pending->counted.end() || scope.front().id < first_added->claim.id))
            s.first_article = scope.front().article_id;
    }
}

// A proposition that had claims: the batch's claims counted in and out, in the order written,
// over the counter rows they touch.
void PgPropositions::count_existing(std::map<std::int64_t, Settling>& settling) {
    read_touched_rows(settling);
    for (auto& [id, s] : settling) {
        if (s.created) continue;
        History& h = s.history;
        for (const Counted& counted : s.pending->counted) {
            const ClaimFacts& claim = counted.claim;
            const OriginKey origin{claim.denied, origin_key(claim.origin)};
            const std::set<QuantityKey> quantities = quantity_keys(claim);
            const bool had_origin = s.tally.origins.contains(origin);
            std::set<QuantityKey> had;
            for (const QuantityKey& q : quantities)
                if (s.tally.quantities.contains(q)) had.insert(q);
            if (counted.removed) s.tally.remove(claim);
            else s.tally.add(claim);
            if (s.tally.origins.contains(origin) != had_origin) {
                History::OriginNote& note = h.origins[origin];
                if (had_origin) {
                    --note.rows;
                } else {
                    ++note.rows;
                    note.origin = claim.origin;
                    note.article = claim.article_id;
                }
                h.origin_article = claim.article_id;
            }
            for (const QuantityKey& q : quantities) {
                const bool has = s.tally.quantities.contains(q);
                if (has == had.contains(q)) continue;
                h.quantities[q] += has ? 1 : -1;
                if (has) h.quantity_article = claim.article_id;
            }
        }
    }
    refresh_stale(settling);
}

// The counter rows the batch's claims touch, as committed: three statements for the batch.
void PgPropositions::read_touched_rows(std::map<std::int64_t, Settling>& settling) {
    PgArray op, opolarity, okey, hp, hname, qp, qunit, qvalue;
    bool any = false;
    for (auto& [id, s] : settling) {
        if (s.created) continue;
        for (const Counted& counted : s.pending->counted) {
            const ClaimFacts& c = counted.claim;
            if (s.origins.insert({c.denied, origin_key(c.origin)}).second)
                op.add(id), opolarity.add(polarity_of(c.denied)), okey.add(origin_key(c.origin));
            if (s.hardware.insert(c.hardware).second) hp.add(id), hname.add(c.hardware);
            for (const QuantityKey& q : quantity_keys(c))
                if (s.quantities.insert(q).second) qp.add(id), qunit.add(q.first), qvalue.add(q.second);
        }
        any = true;
    }
    if (!any) return;
    const PgResult origins = m_connection.run(k_origin_rows, {op.text(), opolarity.text(), okey.text()});
    for (int row = 0; row < origins.rows(); ++row)
        settling[origins.int64(row, 0)].tally.origins[{origins.boolean(row, 1), origins.text(row, 2)}] = {
            origins.text(row, 3), origins.integer(row, 4), origins.text(row, 5), origins.int64(row, 6)};
    const PgResult hardware = m_connection.run(k_hardware_rows, {hp.text(), hname.text()});
    for (int row = 0; row < hardware.rows(); ++row)
        settling[hardware.int64(row, 0)].tally.hardware[hardware.text(row, 1)] = hardware.integer(row, 2);
    const PgResult quantities = m_connection.run(k_quantity_rows, {qp.text(), qunit.text(), qvalue.text()});
    for (int row = 0; row < quantities.rows(); ++row) {
        const std::string unit = quantities.text(row, 1);
        const double value = quantities.real(row, 2);
        settling[quantities.int64(row, 0)].tally.quantities[{unit, value}] = {
            {quantities.text(row, 3), unit, value}, quantities.int64(row, 4), quantities.integer(row, 5),
            quantities.integer(row, 6)};
    }
}

// Rows whose first claim was removed while others remain: the next one from the claims left,
// read from the server as SQLite reads it (refresh_first_claim_of_origin, refresh_first_sighting).
void PgPropositions::refresh_stale(std::map<std::int64_t, Settling>& settling) {
    PgArray op, opolarity, okey, qp;
    std::vector<std::pair<std::int64_t, OriginKey>> stale_origins;
    bool any_quantity = false;
    for (const auto& [id, s] : settling) {
        if (s.created) continue;
        for (const OriginKey& key : s.tally.stale_origins) {
            op.add(id), opolarity.add(polarity_of(key.first)), okey.add(key.second);
            stale_origins.push_back({id, key});
        }
        if (!s.tally.stale_quantities.empty()) qp.add(id), any_quantity = true;
    }
    if (!stale_origins.empty()) {
        const PgResult first = m_connection.run(k_first_claims_of_origins, {op.text(), opolarity.text(), okey.text()});
        for (int row = 0; row < first.rows(); ++row) {
            const auto& [id, key] = stale_origins.at(static_cast<std::size_t>(first.int64(row, 0) - 1));
            OriginTally& origin = settling[id].tally.origins[key];
            origin.first_reported = first.text(row, 1);
            origin.first_article = first.int64(row, 2);
            origin.origin = first.text(row, 3);
        }
    }
    if (any_quantity) {
        const PgResult claims = m_connection.run(k_quantified_claims, {qp.text()});
        for (int row = 0; row < claims.rows(); ++row) {
            PropositionTally& tally = settling[claims.int64(row, 0)].tally;
            if (tally.stale_quantities.empty()) continue;
            const std::vector<xref::Quantity> found = xref::quantities_in(claims.text(row, 2));
            for (std::size_t i = 0; i < found.size(); ++i) {
                const QuantityKey key{found[i].unit, found[i].value};
                if (!tally.stale_quantities.contains(key)) continue;
                QuantityTally& q = tally.quantities[key];
                q.quantity = found[i];
                q.first_claim = claims.int64(row, 1);
                q.position = static_cast<int>(i);
                tally.stale_quantities.erase(key);
            }
        }
    }
    for (auto& [id, s] : settling) s.tally.stale_origins.clear(), s.tally.stale_quantities.clear();
}

// What a settle writes, gathered for all its propositions: each member an array bound as one
// parameter of one statement (the column lists of the statements above, in order).
struct PgPropositions::Written {
    PgArray deleted, kept;
    bool any_deleted = false, any_kept = false;
    struct {
        PgArray proposition, polarity, key, origin, claims, first_reported, first_article;
        bool any = false;
    } origins, gone_origins;
    struct {
        PgArray proposition, hardware, claims;
        bool any = false;
    } hardware, gone_hardware;
    struct {
        PgArray proposition, unit, value, text, first_claim, position, claims;
        bool any = false;
    } quantities, gone_quantities;
    PgArray with_new_quantities;
    bool any_new_quantities = false;
    struct {
        PgArray id, hardware_display, status, supporting, denying, claims, articles, first_reported, first_denied,
            writes;
    } rows;
    struct {
        PgArray proposition, change, from, to, article;
        bool any = false;
    } changes;

    void add_origin(std::int64_t id, const OriginKey& key, const OriginTally& row) {
        origins.proposition.add(id), origins.polarity.add(polarity_of(key.first)), origins.key.add(key.second);
        origins.origin.add(row.origin), origins.claims.add(row.claims), origins.first_reported.add(row.first_reported);
        origins.first_article.add(row.first_article);
        origins.any = true;
    }
    void add_quantity(std::int64_t id, const QuantityTally& q) {
        quantities.proposition.add(id), quantities.unit.add(q.quantity.unit), quantities.value.add(q.quantity.value);
        quantities.text.add(q.quantity.text), quantities.first_claim.add(q.first_claim);
        quantities.position.add(q.position), quantities.claims.add(q.claims);
        quantities.any = true;
    }
    void add_change(std::int64_t proposition_id, const char* change, const std::string* from, const std::string& to,
                    std::int64_t article) {
        changes.proposition.add(proposition_id);
        changes.change.add(change);
        if (from) changes.from.add(*from);
        else changes.from.add_null();
        changes.to.add(to);
        if (article) changes.article.add(article);
        else changes.article.add_null();
        changes.any = true;
    }
};

void PgPropositions::write(std::map<std::int64_t, Settling>& settling) {
    Written w;
    for (auto& [id, s] : settling) {
        if (s.claims <= 0) {
            w.deleted.add(id), w.any_deleted = true;
            continue;
        }
        w.kept.add(id), w.any_kept = true;
        if (s.created) {
            for (const auto& [key, row] : s.tally.origins) w.add_origin(id, key, row);
            for (const auto& [name, claims] : s.tally.hardware)
                w.hardware.proposition.add(id), w.hardware.hardware.add(name), w.hardware.claims.add(claims);
            w.hardware.any = w.hardware.any || !s.tally.hardware.empty();
            for (const auto& [key, q] : s.tally.quantities) w.add_quantity(id, q);
            continue;
        }
        for (const OriginKey& key : s.origins) {
            if (const auto row = s.tally.origins.find(key); row != s.tally.origins.end()) {
                w.add_origin(id, key, row->second);
            } else {
                auto& gone = w.gone_origins;
                gone.proposition.add(id), gone.polarity.add(polarity_of(key.first)), gone.key.add(key.second);
                gone.any = true;
            }
        }
        for (const std::string& name : s.hardware) {
            const auto row = s.tally.hardware.find(name);
            auto& to = row != s.tally.hardware.end() ? w.hardware : w.gone_hardware;
            to.proposition.add(id), to.hardware.add(name), to.any = true;
            if (row != s.tally.hardware.end()) to.claims.add(row->second);
        }
        for (const QuantityKey& key : s.quantities) {
            if (const auto row = s.tally.quantities.find(key); row != s.tally.quantities.end()) {
                w.add_quantity(id, row->second);
            } else {
                auto& gone = w.gone_quantities;
                gone.proposition.add(id), gone.unit.add(key.first), gone.value.add(key.second), gone.any = true;
            }
        }
        if (std::any_of(s.history.quantities.begin(), s.history.quantities.end(), [](const auto& q) { return q.second > 0; }))
            w.with_new_quantities.add(id), w.any_new_quantities = true;
    }
    if (w.any_deleted) m_connection.run(k_delete_all, {w.deleted.text()});
    if (w.gone_origins.any)
        m_connection.run(k_delete_origins,
                         {w.gone_origins.proposition.text(), w.gone_origins.polarity.text(), w.gone_origins.key.text()});
    if (w.gone_hardware.any)
        m_connection.run(k_delete_hardware, {w.gone_hardware.proposition.text(), w.gone_hardware.hardware.text()});
    if (w.gone_quantities.any)
        m_connection.run(k_delete_quantities, {w.gone_quantities.proposition.text(), w.gone_quantities.unit.text(),
                                               w.gone_quantities.value.text()});
    if (const auto& o = w.origins; o.any)
        m_connection.run(k_upsert_origins, {o.proposition.text(), o.polarity.text(), o.key.text(), o.origin.text(),
                                            o.claims.text(), o.first_reported.text(), o.first_article.text()});
    if (const auto& h = w.hardware; h.any)
        m_connection.run(k_upsert_hardware, {h.proposition.text(), h.hardware.text(), h.claims.text()});
    if (const auto& q = w.quantities; q.any)
        m_connection.run(k_upsert_quantities, {q.proposition.text(), q.unit.text(), q.value.text(), q.text.text(),
                                               q.first_claim.text(), q.position.text(), q.claims.text()});
    if (!w.any_kept) return;

    // The sightings of the propositions that gained a quantity, for their conflicts.
    std::map<std::int64_t, std::vector<xref::QuantitySighting>> sightings;
    if (w.any_new_quantities) {
        const PgResult rows = m_connection.run(k_sightings, {w.with_new_quantities.text()});
        for (int row = 0; row < rows.rows(); ++row)
            sightings[rows.int64(row, 0)].push_back(
                {{rows.text(row, 3), rows.text(row, 1), rows.real(row, 2)}, rows.int64(row, 4), rows.integer(row, 5)});
    }
    const PgResult summaries = m_connection.run(k_summaries, {w.kept.text()});
    for (int row = 0; row < summaries.rows(); ++row) {
        const std::int64_t id = summaries.int64(row, 0);
        const Settling& s = settling.at(id);
        const int supporting = summaries.integer(row, 1), denying = summaries.integer(row, 2);
        const std::string status = xref::status_of(supporting, denying);
        auto& r = w.rows;
        r.id.add(id);
        r.hardware_display.add(summaries.integer(row, 6) == 1 ? summaries.text(row, 5) : s.key_hardware);
        r.status.add(status);
        r.supporting.add(supporting);
        r.denying.add(denying);
        r.claims.add(s.claims);
        r.articles.add(s.articles);
        r.first_reported.add(summaries.text(row, 3));
        r.first_denied.add(summaries.text(row, 4));
        r.writes.add(s.pending->writes);
        // Its history, as SQLite's HistoryNotes::record writes it.
        if (s.created) {
            w.add_change(id, "new", nullptr, status, s.first_article);
            continue;
        }
        for (const auto& [key, note] : s.history.origins)
            if (note.rows > 0) w.add_change(id, key.first ? "denial" : "origin", nullptr, note.origin, note.article);
        if (const auto all = sightings.find(id); all != sightings.end()) {
            std::vector<xref::QuantitySighting> before;
            for (const auto& sighting : all->second) {
                const auto note = s.history.quantities.find({sighting.quantity.unit, sighting.quantity.value});
                if (note == s.history.quantities.end() || note->second <= 0) before.push_back(sighting);
            }
            const std::vector<std::string> old_conflicts = xref::conflicts_among(std::move(before));
            for (const std::string& conflict : xref::conflicts_among(all->second))
                if (std::find(old_conflicts.begin(), old_conflicts.end(), conflict) == old_conflicts.end())
                    w.add_change(id, "conflict", nullptr, conflict, s.history.quantity_article);
        }
        if (s.status_before != status) w.add_change(id, "status", &s.status_before, status, s.history.origin_article);
    }
    const auto& u = w.rows;
    m_connection.run(k_update, {u.id.text(), u.hardware_display.text(), u.status.text(), u.supporting.text(),
                                u.denying.text(), u.claims.text(), u.articles.text(), u.first_reported.text(),
                                u.first_denied.text(), u.writes.text()});
    if (const auto& c = w.changes; c.any)
        m_connection.run(k_insert_changes,
                         {c.proposition.text(), c.change.text(), c.from.text(), c.to.text(), c.article.text()});
}

ClaimFacts claim_facts_of(const PgResult& rows, int row, int first) {
    ClaimFacts c;
    c.id = rows.int64(row, first);
    c.proposition_id = rows.int64(row, first + 1);
    c.article_id = rows.int64(row, first + 2);
    c.denied = rows.boolean(row, first + 3);
    c.origin = rows.text(row, first + 4);
    c.reported_date = rows.text(row, first + 5);
    c.hardware = rows.text(row, first + 6);
    c.evidence = rows.text(row, first + 7);
    c.member = rows.boolean(row, first + 8);
    return c;
}

}  // namespace tracker::store
