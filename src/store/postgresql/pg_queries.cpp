#include "store/postgresql/pg_queries.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "store/body_spans.h"
#include "store/filter_queries.h"
#include "store/postgresql/pg_array.h"
#include "store/sqlite/fts_query.h"
#include "tracker/xref.h"

namespace tracker::store {

namespace {

constexpr char k_nothing[] = " AND false";


// The propositions a proposition's scope holds (0009, 2), by its id bound twice.
constexpr char k_scope[] =
    "SELECT ?::bigint UNION ALL SELECT m.id FROM propositions f JOIN propositions m "
    "ON lower(m.actor) = lower(f.actor) AND m.allegation = f.allegation "
    "AND lower(m.hardware_family) = lower(f.hardware) AND m.object = f.object "
    "WHERE f.id = ? AND lower(m.hardware) <> lower(m.hardware_family)";

}  // namespace

PgResult PgQueries::run(const FilteredQuery& query) {
    std::vector<PgParam> params;
    for (const FilteredQuery::Value& value : query.values())
        std::visit([&](const auto& v) { params.emplace_back(v); }, value);
    return m_connection.run(query.sql(), params);
}

// Every phrase of the text must occur (pg_text_search.h); a text with words but no token in
// them matches nothing, as FTS5 does. `tokens_fragment`, when given, narrows the rows by an
// index of their tokens first (claims_evidence_words, 0015; articles_text_words, 0019).
void PgQueries::add_text_filter(FilteredQuery& query, const std::string& text, const char* like_fragment,
                                const char* tokens_fragment) const {
    if (fts_all_words(text).empty()) return;
    const std::vector<std::string> patterns = m_text.patterns_of(text);
    if (patterns.empty()) query.add(k_nothing);
    if (const std::string tokens = m_text.indexed_tokens(text); tokens_fragment && !tokens.empty())
        query.add(tokens_fragment, {tokens});
    for (const std::string& pattern : patterns) query.add(like_fragment, {pattern});
}

// --- claims --------------------------------------------------------------------------------

// The page of claims is cut from claims alone, then joined to its articles, sources and
// propositions (every claim has one of each): sorting the 2,937 claims of `--text 'export
// license'` after joining them took 65 ms at 100k articles, and the 20 of its first page are
// joined in well under one (bench/RESULTS.md, 2026-12-06, branch pg3). So every filter tests
// the claim's own columns.
constexpr char k_claims[] =
    "SELECT c.id, c.actor, c.allegation, c.hardware, c.object, c.claimant, c.polarity, c.modality, "
    "c.event_date, c.evidence, c.evidence_start, c.evidence_end, c.confidence, c.article_id, "
    "a.title, a.path, a.url, s.name, a.reported_date, c.origin, c.proposition_id, p.status, "
    "p.supporting, p.denying, a.lexicon_version, c.cue, c.open_world, c.actor_kind "
    "FROM (SELECT * FROM claims c WHERE true";
constexpr char k_claims_after_limit[] =
    ") c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
    "JOIN propositions p ON p.id = c.proposition_id ORDER BY c.when_start, c.id";
constexpr char k_claims_id[] = " AND c.id = ?";
constexpr char k_claims_actor[] = " AND lower(c.actor) = lower(?)";
constexpr char k_claims_allegation[] = " AND c.allegation = ?";
constexpr char k_claims_hardware[] = " AND (lower(c.hardware) = lower(?) OR lower(c.hardware_family) = lower(?))";
constexpr char k_claims_claimant[] = " AND lower(c.claimant) = lower(?)";
constexpr char k_claims_min_confidence[] = " AND c.confidence >= ?";
constexpr char k_claims_source[] =
    " AND c.article_id IN (SELECT a.id FROM articles a WHERE a.source_id = "
    "(SELECT id FROM sources WHERE lower(name) = lower(?)))";
constexpr char k_claims_status[] = " AND c.proposition_id IN (SELECT p.id FROM propositions p WHERE p.status = ?)";
constexpr char k_claims_since[] = " AND c.when_end >= ?";
constexpr char k_claims_until[] = " AND c.when_start <= ?";
constexpr char k_claims_text[] = " AND c.evidence_words LIKE ?";
// Written as claims_evidence_words's expression (0015), for the planner to use that index.
constexpr char k_claims_tokens[] =
    " AND string_to_array(btrim(regexp_replace(c.evidence_words, '[^ ]{255,}', '', 'g')), ' ') @> ?::text[]";
const std::string k_claims_proposition = std::string(" AND c.proposition_id IN (") + k_scope + ")";
constexpr char k_claims_order[] = " ORDER BY c.when_start, c.id";

namespace {

StoredClaim stored_claim_of(const PgResult& rows, int row) {
    StoredClaim s;
    Claim& c = s.claim;
    s.id = rows.int64(row, 0);
    c.actor = rows.text(row, 1);
    c.allegation = rows.text(row, 2);
    c.hardware = rows.text(row, 3);
    c.object = rows.text(row, 4);
    c.claimant = rows.text(row, 5);
    c.polarity = parse_polarity(rows.text(row, 6)).value_or(Polarity::asserted);
    c.modality = parse_modality(rows.text(row, 7)).value_or(Modality::stated);
    c.event_date = rows.text(row, 8);
    c.evidence = rows.text(row, 9);
    c.evidence_start = static_cast<std::size_t>(rows.int64(row, 10));
    c.evidence_end = static_cast<std::size_t>(rows.int64(row, 11));
    c.confidence = rows.real(row, 12);
    s.article_id = rows.int64(row, 13);
    s.article_title = rows.text(row, 14);
    s.article_path = rows.text(row, 15);
    s.article_url = rows.text(row, 16);
    s.source = rows.text(row, 17);
    s.reported_date = rows.text(row, 18);
    s.origin = rows.text(row, 19);
    s.proposition_id = rows.int64(row, 20);
    s.status = rows.text(row, 21);
    s.supporting = rows.integer(row, 22);
    s.denying = rows.integer(row, 23);
    s.lexicon_version = rows.text(row, 24);
    c.cue = rows.text(row, 25);
    c.open_world = rows.integer(row, 26) != 0;
    c.actor_kind = rows.text(row, 27);
    return s;
}

}  // namespace

const ClaimQuerySql k_claims_sql{k_claims,        k_claims_id,     k_claims_actor,
                                 k_claims_allegation, k_claims_hardware, k_claims_claimant,
                                 k_claims_min_confidence, k_claims_source, k_claims_status,
                                 k_claims_since,  k_claims_until,  k_claims_proposition.c_str(),
                                 k_claims_order,  k_claims_after_limit};

// --- a first page of claims by text ---------------------------------------------------------
//
// `query --text W --limit L`: the first L claims in timeline order whose evidence holds W. One
// statement left the planner to choose between walking the timeline (claims_when, or
// claims_actor with --actor) until L match and reading every match from the words index to sort
// them. Which is cheaper depends on where in the timeline the word's claims lie, which the
// planner cannot know (it assumes them spread evenly): 'smuggled', in 24k of 1.47M claims, has
// its 20th at the timeline's 13,677th claim, and the same query took 22 ms in one database and
// 163 ms in another at 100k articles (bench/RESULTS.md, session 12). Here the order of work is
// fixed, and the planner chooses only among plans whose cost a stretch of the timeline bounds:
//
//  0. How common each word is, from the statistics ANALYZE keeps of the words index (pg_stats'
//     most_common_elems of claims_evidence_words: the 1,000 or so most common words with the
//     share of claims holding each; a word not listed is rarer than the least of them).
//  1. A word in 2% of claims or more (any word with --actor or --allegation, whose claims an
//     index holds in timeline order; any word without statistics): walk the first `walked`
//     claims of the timeline that pass the other filters, testing the phrases' LIKE on each. The
//     page fills there when the word is common, and a filter with fewer claims than `walked` is
//     answered there whole.
//  2. Then the rest of the timeline window by window, each twice the one before, the first
//     sized to hold about 4L matches if the word were spread evenly (bounds from the histogram of
//     claims.when_start, about 1% of the claims a bucket). A window reads all its matches (behind
//     OFFSET 0, so the planner does not see the LIMIT and cannot bet on finding them early in a
//     walk): from the words index ANDed with the timeline's range, or either alone, as the
//     planner judges with true estimates. A word in fewer than `rare` claims (or no histogram) has
//     one window, the rest of the timeline: all its matches from the words index.
//  3. The page's claims by id, joined to their articles, sources and propositions.
//
// The index narrows by the words of the text that are in at most `narrowing` of the claims, or
// by the rarest alone: intersecting with a word most claims hold ('chips', 40%) read its whole
// posting list for each window (12 ms) to remove few rows, which LIKE removes anyway.
//
// The numbers are TextPagePlan's (pg_queries.h). The statements run in the read's one snapshot
// (PostgresStore::ReadSnapshot). The windows are disjoint, in order, and with the walk cover the
// timeline, so the page is the same whatever the statistics say; LIKE decides, as in the one
// statement.

// The walk's matches, the first `limit` (the subquery is in timeline order, so the walk stops
// there); then, when the page is not full, how far it went: how many claims, and the last.
constexpr char k_walk[] = "SELECT w.id FROM (SELECT c.id, c.when_start, c.evidence_words FROM claims c WHERE true";
constexpr char k_walk_after_limit[] = ") w WHERE true";
constexpr char k_walk_like[] = " AND w.evidence_words LIKE ?";
constexpr char k_walk_order[] = " ORDER BY w.when_start, w.id LIMIT ?";
constexpr char k_walked_to[] =
    "SELECT w.id, w.when_start, count(*) OVER () FROM (SELECT c.id, c.when_start FROM claims c WHERE true";
constexpr char k_walked_to_after_limit[] = ") w ORDER BY w.when_start DESC, w.id DESC LIMIT 1";
constexpr char k_window[] = "SELECT c.id, c.when_start FROM (SELECT c.id, c.when_start FROM claims c WHERE true";
constexpr char k_window_order[] = " OFFSET 0) c ORDER BY c.when_start, c.id";
constexpr char k_window_after[] = " AND (c.when_start, c.id) > (?, ?)";
constexpr char k_window_before[] = " AND c.when_start < ?";
// Each word's share of claims (null: not among the most common), the least share listed (null:
// no statistics), and the number of claims the planner counts.
constexpr char k_word_shares[] =
    "SELECT u.t, s.freqs[array_position(s.elems, u.t)], s.freqs[array_length(s.freqs, 1) - 2], "
    "(SELECT reltuples FROM pg_class WHERE oid = 'claims'::regclass) FROM unnest(?::text[]) AS u(t) "
    "LEFT JOIN (SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs FROM pg_stats "
    "WHERE schemaname = current_schema() AND tablename = 'claims_evidence_words') s ON true";
constexpr char k_when_bounds[] =
    "SELECT unnest(histogram_bounds::text::text[]) FROM pg_stats "
    "WHERE schemaname = current_schema() AND tablename = 'claims' AND attname = 'when_start'";
constexpr char k_claims_ids[] = " AND c.id = ANY(?::bigint[])";

namespace {

ClaimQuerySql with_base(const char* base, const char* order, const char* after_limit) {
    ClaimQuerySql sql = k_claims_sql;
    sql.base = base;
    sql.order = order;
    sql.after_limit = after_limit;
    return sql;
}

// Whether the walk's claims come in timeline order from an index of the filter's own
// (claims_actor, claims_allegation: 0015, 2), so that walking them costs the claims walked. Other
// filters are tested on the timeline's claims as it is walked, and a walk of `--since 2026-01-01`
// would pass the years before first.
bool walked_by_its_index(const ClaimFilter& f) { return !f.actor.empty() || !f.allegation.empty(); }

}  // namespace

std::vector<StoredClaim> PgQueries::first_claims_by_text(const ClaimFilter& f) {
    struct Key {
        std::string when;
        std::int64_t id;
    };
    const std::vector<std::string> patterns = m_text.patterns_of(f.text);
    const std::vector<std::string> tokens = m_text.indexed_token_list(f.text);
    std::vector<std::int64_t> page;
    const auto wanted = static_cast<std::size_t>(f.limit);

    // 0. The words' shares of claims: the rarest's, and the words to narrow by.
    std::optional<double> share;  // the rarest word's share; none without statistics
    double claims = 0;
    PgArray narrowing;
    if (!tokens.empty()) {
        PgArray all;
        for (const std::string& token : tokens) all.add(token);
        const PgResult shares = m_connection.run(k_word_shares, {all.text()});
        std::vector<std::pair<double, std::string>> by_share;
        for (int row = 0; row < shares.rows(); ++row) {
            if (shares.is_null(row, 2)) break;  // no statistics
            claims = shares.real(row, 3);
            by_share.emplace_back(shares.is_null(row, 1) ? 0.0 : shares.real(row, 1), shares.text(row, 0));
        }
        if (by_share.size() == tokens.size()) {
            std::sort(by_share.begin(), by_share.end());
            share = by_share.front().first;
            for (const auto& [word_share, token] : by_share)
                if (word_share <= m_plan.narrowing || token == by_share.front().second) narrowing.add(token);
        } else {
            for (const std::string& token : tokens) narrowing.add(token);
        }
    }

    // 1. The walk.
    std::optional<Key> after = Key{"", 0};  // where the windows start; none: nothing is left
    if (!share || *share >= m_plan.walk_share || walked_by_its_index(f)) {
        ClaimFilter others = f;
        others.text.clear();
        others.limit = m_plan.walked;
        static const ClaimQuerySql walk_sql = with_base(k_walk, k_claims_order, k_walk_after_limit);
        FilteredQuery walk = claims_query(walk_sql, others, 0, [](FilteredQuery&) {});
        for (const std::string& pattern : patterns) walk.add(k_walk_like, {pattern});
        walk.add(k_walk_order, {f.limit});
        const PgResult walked = run(walk);
        for (int row = 0; row < walked.rows(); ++row) page.push_back(walked.int64(row, 0));
        after.reset();
        if (page.size() < wanted) {
            static const ClaimQuerySql walked_to_sql = with_base(k_walked_to, k_claims_order, k_walked_to_after_limit);
            const PgResult last = run(claims_query(walked_to_sql, others, 0, [](FilteredQuery&) {}));
            if (last.rows() == 1 && last.int64(0, 2) == m_plan.walked) after = Key{last.text(0, 1), last.int64(0, 0)};
        }
    }

    // 2. The windows.
    if (after && page.size() < wanted) {
        std::vector<std::string> uppers;  // the windows' upper bounds; the last window has none
        if (!share || *share * claims >= m_plan.rare) {
            std::vector<std::string> bounds;
            const PgResult histogram = m_connection.run(k_when_bounds);
            for (int row = 0; row < histogram.rows(); ++row) bounds.push_back(histogram.text(row, 0));
            const double buckets = bounds.size() > 1 ? static_cast<double>(bounds.size() - 1) : 1;
            const double matches_a_bucket = share ? *share * claims / buckets : 0;
            auto step = static_cast<std::ptrdiff_t>(
                matches_a_bucket > 0 ? std::ceil(m_plan.window_matches * static_cast<double>(wanted) / matches_a_bucket) : 1);
            auto next = std::upper_bound(bounds.begin(), bounds.end(), after->when);
            for (next += std::min(step - 1, bounds.end() - next); next < bounds.end(); step *= 2) {
                if (uppers.empty() || *next > uppers.back()) uppers.push_back(*next);
                next += std::min(step, bounds.end() - next);
            }
        }
        static const ClaimQuerySql window_sql = with_base(k_window, k_window_order, nullptr);
        for (std::size_t window = 0; window <= uppers.size() && page.size() < wanted; ++window) {
            ClaimFilter rest = f;
            rest.limit = static_cast<std::int64_t>(wanted - page.size());
            const FilteredQuery q = claims_query(window_sql, rest, 0, [&](FilteredQuery& query) {
                if (!tokens.empty()) query.add(k_claims_tokens, {narrowing.text()});
                for (const std::string& pattern : patterns) query.add(k_claims_text, {pattern});
                query.add(k_window_after, {after->when, after->id});
                if (window < uppers.size()) query.add(k_window_before, {uppers[window]});
            });
            const PgResult found = run(q);
            for (int row = 0; row < found.rows(); ++row) page.push_back(found.int64(row, 0));
            if (window < uppers.size()) after = Key{uppers[window], 0};  // ids start at 1
        }
    }

    // 3. The page.
    if (page.empty()) return {};
    PgArray ids;
    for (std::int64_t id : page) ids.add(id);
    FilteredQuery q(k_claims);
    q.add(k_claims_ids, {ids.text()});
    q.add(k_claims_order);
    q.add(k_claims_after_limit);
    const PgResult rows = run(q);
    std::vector<StoredClaim> found;
    for (int row = 0; row < rows.rows(); ++row) found.push_back(stored_claim_of(rows, row));
    return found;
}

std::vector<StoredClaim> PgQueries::find_claims(const ClaimFilter& f, std::int64_t claim_id) {
    if (claim_id == 0 && f.limit > 0 && !fts_all_words(f.text).empty() && !m_text.patterns_of(f.text).empty())
        return first_claims_by_text(f);
    const FilteredQuery q = claims_query(k_claims_sql, f, claim_id, [&](FilteredQuery& query) {
        add_text_filter(query, f.text, k_claims_text, k_claims_tokens);
    });
    const PgResult rows = run(q);
    std::vector<StoredClaim> claims;
    for (int row = 0; row < rows.rows(); ++row) claims.push_back(stored_claim_of(rows, row));
    return claims;
}

std::optional<StoredClaim> PgQueries::find_claim(std::int64_t id) {
    auto claims = find_claims({}, id);
    if (claims.empty()) return std::nullopt;
    return std::move(claims.front());
}

// --- propositions --------------------------------------------------------------------------

constexpr char k_propositions[] =
    "SELECT p.id, p.actor, p.allegation, p.hardware_display, p.object, p.status, "
    "p.articles, p.first_reported, p.first_denied FROM propositions p WHERE true";
constexpr char k_propositions_id[] = " AND p.id = ?";
constexpr char k_propositions_actor[] = " AND lower(p.actor) = lower(?)";
constexpr char k_propositions_allegation[] = " AND p.allegation = ?";
constexpr char k_propositions_hardware[] =
    " AND (lower(p.hardware) = lower(?) OR lower(p.hardware_family) = lower(?))";
// As SqliteQueries: a proposition passes a filter on claims when a claim it counts passes.
namespace {
std::string counted_claims_in(const std::string& matching) {
    return " AND p.id IN (" + matching +
           " UNION SELECT f.id FROM propositions m JOIN propositions f ON lower(f.actor) = lower(m.actor) "
           "AND f.allegation = m.allegation AND lower(f.hardware) = lower(m.hardware_family) AND f.object = m.object "
           "WHERE lower(m.hardware) <> lower(m.hardware_family) AND m.id IN (" + matching + "))";
}
}  // namespace
const std::string k_propositions_claimant =
    counted_claims_in("SELECT c.proposition_id FROM claims c WHERE lower(c.claimant) = lower(?)");
const std::string k_propositions_source = counted_claims_in(
    "SELECT c.proposition_id FROM claims c WHERE c.article_id IN "
    "(SELECT a.id FROM articles a WHERE a.source_id = (SELECT id FROM sources WHERE lower(name) = lower(?)))");
const std::string k_propositions_min_confidence =
    counted_claims_in("SELECT c.proposition_id FROM claims c WHERE c.confidence >= ?");
// One phrase's claims: a proposition passes when one of its claims holds every phrase, so the
// phrases are joined in one set of claims (PgQueries::find_propositions).
constexpr char k_text_claims[] = "SELECT c.proposition_id FROM claims c WHERE true";
constexpr char k_propositions_status[] = " AND p.status = ?";
constexpr char k_propositions_since[] = " AND p.first_reported >= ?";
constexpr char k_propositions_until[] = " AND p.first_reported <= ?";
constexpr char k_propositions_order[] = " ORDER BY p.first_reported, p.id";

namespace {

Proposition proposition_of(const PgResult& rows, int row) {
    Proposition p;
    p.id = rows.int64(row, 0);
    p.actor = rows.text(row, 1);
    p.allegation = rows.text(row, 2);
    p.hardware = rows.text(row, 3);
    p.object = rows.text(row, 4);
    p.status = rows.text(row, 5);
    p.articles = rows.integer(row, 6);
    p.first_reported = rows.text(row, 7);
    p.first_denied = rows.text(row, 8);
    return p;
}

}  // namespace

const PropositionQuerySql k_propositions_sql{
    k_propositions, k_propositions_id, k_propositions_actor, k_propositions_allegation, k_propositions_hardware,
    k_propositions_claimant.c_str(), k_propositions_min_confidence.c_str(), k_propositions_source.c_str(),
    k_propositions_status, k_propositions_since, k_propositions_until, k_propositions_order};

std::vector<Proposition> PgQueries::find_propositions(const ClaimFilter& f, std::int64_t proposition_id) {
    const FilteredQuery q = propositions_query(k_propositions_sql, f, proposition_id, [&](FilteredQuery& query) {
        if (fts_all_words(f.text).empty()) return;
        // The claims whose evidence holds the words, written twice into counted_claims_in's
        // two places: the fragments and their values in the same order.
        FilteredQuery matching(k_text_claims);
        add_text_filter(matching, f.text, k_claims_text, k_claims_tokens);
        const std::string fragment = counted_claims_in(matching.sql());
        std::vector<FilteredQuery::Value> values = matching.values();
        values.insert(values.end(), matching.values().begin(), matching.values().end());
        query.add(fragment.c_str(), std::move(values));
    });
    const PgResult rows = run(q);
    std::vector<Proposition> propositions;
    for (int row = 0; row < rows.rows(); ++row) propositions.push_back(proposition_of(rows, row));
    read_counters(propositions, f.with_claim_ids);
    return propositions;
}

// A page's origins, quantities and claim ids, one statement each for all its propositions ($1:
// their ids), each proposition's in the order it lists them: not a round trip a proposition
// (bench/RESULTS.md, 2026-12-06: 766 ms for 50 with claim ids at 100k articles). Origins and
// quantities are read in this order from indexes alone (proposition_origins_listed,
// proposition_quantities_pkey: schema/postgresql/0015, 4).
constexpr char k_page_origins[] =
    "SELECT proposition_id, polarity, origin FROM proposition_origins WHERE proposition_id = ANY($1::bigint[]) "
    "ORDER BY proposition_id, first_reported = '', first_reported, first_article, origin_key";
constexpr char k_page_quantities[] =
    "SELECT proposition_id, unit, value, text, first_claim, position FROM proposition_quantities "
    "WHERE proposition_id = ANY($1::bigint[]) ORDER BY proposition_id, unit, value";
// The claims each counts (0009, 2: its own and, for a family's, its members'): a row for each
// of them, owner and member, with the member's claim ids in one array, in order, read by an
// index-only scan of claims_proposition (0015). A family's arrays are merged in order here.
// One row a claim, sorted on the server, took 463 ms for a first page of 50 at 100k articles
// (150,580 ids; bench/RESULTS.md, 2026-12-06, branch pg3).
constexpr char k_page_claim_ids[] =
    "SELECT s.owner, ARRAY(SELECT c.id FROM claims c WHERE c.proposition_id = s.member ORDER BY c.id) "
    "FROM (SELECT u.p AS owner, u.p AS member FROM unnest($1::bigint[]) AS u(p) "
    "UNION ALL SELECT f.id, m.id FROM propositions f JOIN propositions m ON lower(m.actor) = lower(f.actor) "
    "AND m.allegation = f.allegation AND lower(m.hardware_family) = lower(f.hardware) AND m.object = f.object "
    "WHERE f.id = ANY($1::bigint[]) AND lower(m.hardware) <> lower(m.hardware_family)) s";

void PgQueries::read_counters(std::vector<Proposition>& page, bool with_claim_ids) {
    if (page.empty()) return;
    PgArray ids;
    std::map<std::int64_t, Proposition*> by_id;
    for (Proposition& p : page) ids.add(p.id), by_id[p.id] = &p;
    const PgResult origins = m_connection.run(k_page_origins, {ids.text()});
    for (int row = 0; row < origins.rows(); ++row) {
        Proposition& p = *by_id.at(origins.int64(row, 0));
        (origins.text(row, 1) == "denied" ? p.denying_origins : p.supporting_origins).push_back(origins.text(row, 2));
    }
    const PgResult quantities = m_connection.run(k_page_quantities, {ids.text()});
    std::map<std::int64_t, std::vector<xref::QuantitySighting>> sightings;
    for (int row = 0; row < quantities.rows(); ++row)
        sightings[quantities.int64(row, 0)].push_back(
            {{quantities.text(row, 3), quantities.text(row, 1), quantities.real(row, 2)}, quantities.int64(row, 4),
             quantities.integer(row, 5)});
    for (auto& [id, found] : sightings) by_id.at(id)->conflicts = xref::conflicts_among(std::move(found));
    if (!with_claim_ids) return;
    const PgResult claims = m_connection.run(k_page_claim_ids, {ids.text()});
    for (int row = 0; row < claims.rows(); ++row)
        append_int64s_of_array(claims.text(row, 1), by_id.at(claims.int64(row, 0))->claims);
    for (Proposition& p : page)
        if (!std::is_sorted(p.claims.begin(), p.claims.end())) std::sort(p.claims.begin(), p.claims.end());
}

std::optional<Proposition> PgQueries::find_proposition(std::int64_t id) {
    auto found = find_propositions({}, id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

// --- changes -------------------------------------------------------------------------------

constexpr char k_changes_since[] =
    "SELECT h.id, h.proposition_id, p.actor, p.allegation, p.hardware_display, p.object, h.change, "
    "coalesce(h.from_value, ''), h.to_value, h.at, coalesce(a.id, 0), a.title, a.path, a.url, s.name "
    "FROM proposition_changes h JOIN propositions p ON p.id = h.proposition_id "
    "LEFT JOIN articles a ON a.id = h.article_id LEFT JOIN sources s ON s.id = a.source_id "
    "WHERE h.at >= ? ORDER BY h.at, h.id";

std::vector<PropositionChange> PgQueries::find_changes(const std::string& since) {
    const PgResult rows = m_connection.run(k_changes_since, {since});
    std::vector<PropositionChange> changes;
    for (int row = 0; row < rows.rows(); ++row) {
        PropositionChange c;
        c.id = rows.int64(row, 0);
        c.proposition_id = rows.int64(row, 1);
        c.actor = rows.text(row, 2);
        c.allegation = rows.text(row, 3);
        c.hardware = rows.text(row, 4);
        c.object = rows.text(row, 5);
        c.change = rows.text(row, 6);
        c.from = rows.text(row, 7);
        c.to = rows.text(row, 8);
        c.at = rows.text(row, 9);
        c.article_id = rows.int64(row, 10);
        c.article_title = rows.text(row, 11);
        c.article_path = rows.text(row, 12);
        c.article_url = rows.text(row, 13);
        c.article_source = rows.text(row, 14);
        changes.push_back(std::move(c));
    }
    return changes;
}

// --- articles ------------------------------------------------------------------------------

constexpr char k_articles[] =
    "SELECT a.id, a.title, s.name, a.url, a.path, a.author, a.reported_date, a.ingested_at, "
    "(SELECT count(*) FROM claims c WHERE c.article_id = a.id), a.lexicon_version "
    "FROM articles a JOIN sources s ON s.id = a.source_id WHERE true";
constexpr char k_articles_source[] = " AND a.source_id = (SELECT id FROM sources WHERE lower(name) = lower(?))";
constexpr char k_articles_since[] = " AND a.reported_date >= ?";
constexpr char k_articles_until[] = " AND a.reported_date <= ?";
constexpr char k_articles_undated[] = " AND a.reported_date = ''";
constexpr char k_articles_text[] = " AND a.text_words LIKE ?";
// Written as articles_text_words's expression (0019), for the planner to use that index.
constexpr char k_articles_tokens[] =
    " AND string_to_array(btrim(regexp_replace(a.text_words, '[^ ]{255,}', '', 'g')), ' ') @> ?::text[]";
constexpr char k_articles_order[] = " ORDER BY a.reported_date, a.id";

constexpr ArticleQuerySql k_articles_sql{k_articles,       k_articles_source,  k_articles_since,
                                         k_articles_until, k_articles_undated, k_articles_order};

std::vector<ArticleSummary> PgQueries::find_articles(const ClaimFilter& f) {
    const FilteredQuery q =
        articles_query(k_articles_sql, f, [&](FilteredQuery& query) { add_text_filter(query, f.text, k_articles_text, k_articles_tokens); });
    const PgResult rows = run(q);
    std::vector<ArticleSummary> articles;
    for (int row = 0; row < rows.rows(); ++row)
        articles.push_back({rows.int64(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                            rows.text(row, 4), rows.text(row, 5), rows.text(row, 6), rows.text(row, 7),
                            rows.integer(row, 8), rows.text(row, 9)});
    return articles;
}

constexpr char k_load_article[] =
    "SELECT a.text, a.title, s.name, a.url, a.path, a.author, a.reported_date, a.body "
    "FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?";

std::optional<Article> PgQueries::load_article(std::int64_t id) {
    const PgResult rows = m_connection.run(k_load_article, {id});
    if (rows.rows() == 0) return std::nullopt;
    return Article{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), rows.text(0, 4),
                   rows.text(0, 5), rows.text(0, 6), body_spans_of(rows.text(0, 7)), {}};
}

constexpr char k_articles_not_at[] = "SELECT id FROM articles WHERE lexicon_version <> ? ORDER BY id";

std::vector<std::int64_t> PgQueries::articles_not_at(const std::string& version) {
    const PgResult rows = m_connection.run(k_articles_not_at, {version});
    std::vector<std::int64_t> ids;
    for (int row = 0; row < rows.rows(); ++row) ids.push_back(rows.int64(row, 0));
    return ids;
}

// --- feeds and counts ----------------------------------------------------------------------

constexpr char k_select_feeds[] =
    "SELECT f.id, f.url, f.title, f.etag, f.last_modified, f.last_checked, f.last_status, "
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id), f.fetch_articles FROM feeds f ORDER BY f.id";

std::vector<FeedSubscription> PgQueries::list_feeds() {
    const PgResult rows = m_connection.run(k_select_feeds);
    std::vector<FeedSubscription> feeds;
    for (int row = 0; row < rows.rows(); ++row) {
        FeedSubscription f;
        f.id = rows.int64(row, 0);
        int column = 1;
        for (std::string* field : {&f.url, &f.title, &f.etag, &f.last_modified, &f.last_checked, &f.last_status})
            *field = rows.text(row, column++);
        f.items = rows.integer(row, 7);
        f.fetch_articles = rows.integer(row, 8) != 0;
        feeds.push_back(std::move(f));
    }
    return feeds;
}

// Names group without case, as SQLite's NOCASE columns group them; the spelling shown is the
// first in byte order.
constexpr char k_actors[] =
    "SELECT min(actor), count(*) AS n FROM claims GROUP BY lower(actor) ORDER BY n DESC, lower(min(actor))";
constexpr char k_sources[] =
    "SELECT s.name, count(*) AS n FROM articles a JOIN sources s ON s.id = a.source_id "
    "GROUP BY s.id ORDER BY n DESC, lower(s.name)";
constexpr char k_stats[] =
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), "
    "(SELECT count(*) FROM propositions), (SELECT count(DISTINCT source_id) FROM articles), "
    "pg_database_size(current_database()), (SELECT coalesce(max(ingested_at), '') FROM articles)";
constexpr char k_by_status[] = "SELECT status, count(*) FROM propositions GROUP BY status ORDER BY status";

std::vector<NameCount> PgQueries::name_counts(const char* sql) {
    const PgResult rows = m_connection.run(sql);
    std::vector<NameCount> counts;
    for (int row = 0; row < rows.rows(); ++row) counts.push_back({rows.text(row, 0), rows.integer(row, 1)});
    return counts;
}

std::vector<NameCount> PgQueries::actors() { return name_counts(k_actors); }

// As SqliteQueries::open_world_actors: seen on its articles' dates (their ingest day when
// undated), with the evidence of its most confident claim (schema/postgresql/0010).
constexpr char k_open_world_actors[] =
    "WITH seen AS (SELECT c.id, c.actor, c.actor_kind, c.evidence, c.confidence, "
    "  coalesce(nullif(a.reported_date, ''), substr(a.ingested_at, 1, 10)) AS day "
    "  FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.open_world = 1) "
    "SELECT actor, max(actor_kind), count(*), min(day), max(day), "
    "  (SELECT s2.evidence FROM seen s2 WHERE s2.actor = seen.actor ORDER BY s2.confidence DESC, s2.id LIMIT 1), "
    "  (SELECT s2.id FROM seen s2 WHERE s2.actor = seen.actor ORDER BY s2.confidence DESC, s2.id LIMIT 1) "
    "FROM seen GROUP BY actor ORDER BY min(day) DESC, actor";

std::vector<OpenWorldActor> PgQueries::open_world_actors() {
    const PgResult rows = m_connection.run(k_open_world_actors);
    std::vector<OpenWorldActor> out;
    for (int row = 0; row < rows.rows(); ++row)
        out.push_back({rows.text(row, 0), rows.text(row, 1), rows.integer(row, 2), rows.text(row, 3), rows.text(row, 4),
                       rows.text(row, 5), rows.int64(row, 6)});
    return out;
}
std::vector<NameCount> PgQueries::sources() { return name_counts(k_sources); }

StoreStats PgQueries::stats() {
    const PgResult rows = m_connection.run(k_stats);
    StoreStats stats;
    stats.articles = rows.int64(0, 0);
    stats.claims = rows.int64(0, 1);
    stats.propositions = rows.int64(0, 2);
    stats.sources = rows.int64(0, 3);
    stats.bytes = rows.int64(0, 4);
    stats.last_import = rows.text(0, 5);
    stats.by_status = name_counts(k_by_status);
    return stats;
}

}  // namespace tracker::store
