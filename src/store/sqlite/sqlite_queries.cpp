#include "store/sqlite/sqlite_queries.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "store/body_spans.h"
#include "store/filter_queries.h"
#include "store/partial_date.h"
#include "store/sqlite/evidence_index.h"
#include "store/sqlite/fts_query.h"
#include "store/sqlite/proposition_history.h"
#include "store/sqlite/proposition_updater.h"
#include "tracker/xref.h"

namespace tracker::store {

// --- claims --------------------------------------------------------------------------------

constexpr char k_claim_columns[] =
    "c.id, c.actor, c.allegation, c.hardware, c.object, c.claimant, c.polarity, c.modality, "
    "c.event_date, c.evidence, c.evidence_start, c.evidence_end, c.confidence, c.article_id, "
    "a.title, a.path, a.url, s.name, a.reported_date, c.origin, c.proposition_id, p.status, "
    "p.supporting, p.denying, a.lexicon_version, c.cue, c.open_world, c.actor_kind";
const std::string k_claims = std::string("SELECT ") + k_claim_columns +
                             " FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = "
                             "a.source_id JOIN propositions p ON p.id = c.proposition_id WHERE 1 = 1";
// The same, driven by evidence_fts in its rowids' order, which is the timeline's
// (evidence_index.h), with each claim's when_start and key after the rest (columns 28 and 29).
// CROSS JOIN keeps that order: the index outside, each claim looked up by its id.
const std::string k_claims_by_index =
    std::string("SELECT ") + k_claim_columns + ", c.when_start, f.rowid FROM evidence_fts f CROSS JOIN claims c " +
    "ON c.id = f.rowid & " + std::to_string(k_timeline_id_mask) +
    " CROSS JOIN articles a ON a.id = c.article_id CROSS JOIN sources s ON s.id = a.source_id "
    "CROSS JOIN propositions p ON p.id = c.proposition_id WHERE 1 = 1";
constexpr char k_claims_id[] = " AND c.id = ?";
constexpr char k_claims_actor[] = " AND c.actor = ?";
constexpr char k_claims_allegation[] = " AND c.allegation = ?";
constexpr char k_claims_hardware[] = " AND (c.hardware = ? OR c.hardware_family = ?)";
constexpr char k_claims_claimant[] = " AND c.claimant = ?";
constexpr char k_claims_min_confidence[] = " AND c.confidence >= ?";
constexpr char k_claims_source[] = " AND a.source_id = (SELECT id FROM sources WHERE name = ?)";
constexpr char k_claims_status[] = " AND p.status = ?";
constexpr char k_claims_since[] = " AND c.when_end >= ?";
constexpr char k_claims_until[] = " AND c.when_start <= ?";
// Claims whose evidence holds the words (evidence_search.h), three ways (see find_claims):
// driven by the candidate articles, tested by positions...
constexpr char k_claims_text_drive[] =
    " AND c.article_id IN (SELECT article_id FROM temp.evidence_search_articles)"
    " AND evidence_holds(c.article_id, c.evidence_token_start, c.evidence_token_end)";
// ... walking the timeline index (which holds the three values tested) and tested by
// positions, so that SQLite stops at the limit ...
constexpr char k_claims_text_walk[] =
    " AND evidence_holds(c.article_id, c.evidence_token_start, c.evidence_token_end)";
// ... or walking it and tested by the evidence's own words.
constexpr char k_claims_text_tokens[] = " AND evidence_contains(c.evidence)";
// Articles holding the words, counted up to the number that makes them common.
constexpr char k_count_text_articles[] =
    "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)";
constexpr char k_articles_extent[] = "SELECT max(id) FROM articles";
constexpr char k_claims_extent[] = "SELECT max(id) FROM claims";
// The claims a proposition counts: a family's also its members' (0009, invariant 2).
const std::string k_claims_proposition = std::string(" AND c.proposition_id IN (") + k_proposition_scope + ")";
constexpr char k_claims_order[] = " ORDER BY c.when_start, c.id";
constexpr char k_claims_index_words[] = " AND f.evidence_fts MATCH ?";
constexpr char k_claims_index_from[] = " AND f.rowid >= ?";
constexpr char k_claims_index_before[] = " AND f.rowid < ?";
constexpr char k_claims_index_order[] = " ORDER BY f.rowid";

namespace {

using TextPlan = SqliteQueries::TextPlan;

// Words are common when a quarter of the articles hold them (a walk of the timeline soon meets
// them), or 40,000 articles: reading their positions would cost more (about 0.25 us an
// occurrence, bench/RESULTS.md) than a walk that gives up after its budget (4,000 claims, about
// 3 us each).
constexpr double k_common_share = 0.25;
constexpr double k_common_articles = 40'000;

const ClaimQuerySql k_claims_sql{k_claims.c_str(), k_claims_id,     k_claims_actor,
                                 k_claims_allegation, k_claims_hardware, k_claims_claimant,
                                 k_claims_min_confidence, k_claims_source, k_claims_status,
                                 k_claims_since,  k_claims_until,  k_claims_proposition.c_str(),
                                 k_claims_order};
const ClaimQuerySql k_claims_by_index_sql{k_claims_by_index.c_str(), k_claims_id, k_claims_actor,
                                          k_claims_allegation, k_claims_hardware, k_claims_claimant,
                                          k_claims_min_confidence, k_claims_source, k_claims_status,
                                          k_claims_since, k_claims_until, k_claims_proposition.c_str(),
                                          k_claims_index_order};

FilteredQuery claims_query(const ClaimFilter& f, std::int64_t claim_id, TextPlan text_plan) {
    return store::claims_query(k_claims_sql, f, claim_id, [&](FilteredQuery& q) {
        if (text_plan == TextPlan::drive) q.add(k_claims_text_drive);
        if (text_plan == TextPlan::walk) q.add(k_claims_text_walk);
        if (text_plan == TextPlan::walk_tokens) q.add(k_claims_text_tokens);
    });
}

// Whether a text filter is the only filter but dates: then evidence_fts drives the query. With
// other filters the plans of find_claims let SQLite start from their indexes.
bool only_text_and_dates(const ClaimFilter& f, std::int64_t claim_id) {
    return claim_id == 0 && f.actor.empty() && f.allegation.empty() && f.hardware.empty() && f.claimant.empty() &&
           f.min_confidence <= 0 && f.source.empty() && f.status.empty() && f.proposition_id == 0;
}

// The keys that the dates can keep (evidence_index.h: codes keep the text order). `until` keeps
// when_start <= last_day_of(until). `since` keeps last_day_of(when_start) >= since, which needs
// when_start >= since's first four characters: a text below them, padded, stays below since.
using KeyRange = SqliteQueries::KeyRange;

KeyRange keys_of(const ClaimFilter& f) {
    KeyRange keys;
    if (!f.since.empty()) keys.from = first_key_of(timeline_code(std::string_view(f.since).substr(0, 4)));
    if (!f.until.empty()) keys.before = first_key_of(timeline_code(last_day_of(f.until)) + 1);
    return keys;
}

FilteredQuery claims_by_index_query(const ClaimFilter& f, const KeyRange& keys) {
    return store::claims_query(k_claims_by_index_sql, f, 0, [&](FilteredQuery& q) {
        q.add(k_claims_index_words, {fts_all_words(f.text)});
        if (keys.from > 0) q.add(k_claims_index_from, {keys.from});
        if (keys.before < std::numeric_limits<std::int64_t>::max()) q.add(k_claims_index_before, {keys.before});
    });
}

StoredClaim stored_claim_of(SQLite::Statement& row) {
    StoredClaim s;
    Claim& c = s.claim;
    s.id = row.getColumn(0).getInt64();
    c.actor = row.getColumn(1).getString();
    c.allegation = row.getColumn(2).getString();
    c.hardware = row.getColumn(3).getString();
    c.object = row.getColumn(4).getString();
    c.claimant = row.getColumn(5).getString();
    c.polarity = parse_polarity(row.getColumn(6).getString()).value_or(Polarity::asserted);
    c.modality = parse_modality(row.getColumn(7).getString()).value_or(Modality::stated);
    c.event_date = row.getColumn(8).getString();
    c.evidence = row.getColumn(9).getString();
    c.evidence_start = static_cast<std::size_t>(row.getColumn(10).getInt64());
    c.evidence_end = static_cast<std::size_t>(row.getColumn(11).getInt64());
    c.confidence = row.getColumn(12).getDouble();
    s.article_id = row.getColumn(13).getInt64();
    s.article_title = row.getColumn(14).getString();
    s.article_path = row.getColumn(15).getString();
    s.article_url = row.getColumn(16).getString();
    s.source = row.getColumn(17).getString();
    s.reported_date = row.getColumn(18).getString();
    s.origin = row.getColumn(19).getString();
    s.proposition_id = row.getColumn(20).getInt64();
    s.status = row.getColumn(21).getString();
    s.supporting = row.getColumn(22).getInt();
    s.denying = row.getColumn(23).getInt();
    s.lexicon_version = row.getColumn(24).getString();
    c.cue = row.getColumn(25).getString();
    c.open_world = row.getColumn(26).getInt() != 0;
    c.actor_kind = row.getColumn(27).getString();
    return s;
}

}  // namespace

// A text search with a limit can fetch every match and sort them by date (reads `matches`
// rows), or walk the timeline index until `limit` matches are found (reads about
// limit * claims / matches entries). Measured on 1.47M claims (bench/RESULTS.md): 178 ms
// against 12 ms for the first 20 of 20,437 matches of "smuggled".
double SqliteQueries::extent(const char* sql) {
    auto select = m_statements.prepare(sql);
    return select->executeStep() ? select->getColumn(0).getDouble() : 0;
}

bool SqliteQueries::words_are_common(const ClaimFilter& filter) {
    const double common = std::min(std::floor(k_common_share * extent(k_articles_extent)) + 1, k_common_articles);
    auto count = m_statements.prepare(k_count_text_articles);
    count->bind(1, fts_all_words(filter.text));
    count->bind(2, static_cast<std::int64_t>(common));
    return count->executeStep() && count->getColumn(0).getDouble() >= common;
}

// Walking pays when matches^2 > limit * claims: a walk reads about limit * claims / matches
// claims before it has the page; driving reads every match and sorts them.
bool SqliteQueries::timeline_walk_is_cheaper(const ClaimFilter& filter) {
    const auto matches = static_cast<double>(m_evidence.estimated_matches());
    return matches > 0 && static_cast<double>(filter.limit) * extent(k_claims_extent) < matches * matches;
}

std::vector<StoredClaim> SqliteQueries::run_claims(const ClaimFilter& filter, std::int64_t claim_id, TextPlan text_plan) {
    const FilteredQuery query = claims_query(filter, claim_id, text_plan);
    auto select = m_statements.prepare(query.sql());
    query.bind(*select);
    std::vector<StoredClaim> claims;
    while (select->executeStep()) claims.push_back(stored_claim_of(*select));
    return claims;
}

// A text filter's plan: alone, or with dates, the words' claims are read from evidence_fts in
// timeline order, as far as the page goes (find_claims_by_index). With other filters, for common
// words, walk the timeline testing each claim's evidence, which meets a page of matches soon,
// unless the words are rare in the evidence (the walk's budget is spent); else read the words'
// positions, then walk testing them when matches are many, or go straight to the candidate
// articles when they are few.
std::vector<StoredClaim> SqliteQueries::find_claims(const ClaimFilter& filter, std::int64_t claim_id) {
    if (fts_all_words(filter.text).empty()) return run_claims(filter, claim_id, TextPlan::none);
    if (only_text_and_dates(filter, claim_id)) return find_claims_by_index(filter);
    const EndSearch end(m_evidence);
    if (filter.limit > 0 && words_are_common(filter)) {
        m_evidence.start_token_walk(filter.text, m_walk_budget);
        try {
            return run_claims(filter, claim_id, TextPlan::walk_tokens);
        } catch (const SQLite::Exception& e) {
            if (!EvidenceSearch::is_walk_budget_error(e)) throw;
        }
    }
    m_evidence.read_positions(filter.text);
    if (filter.limit > 0 && timeline_walk_is_cheaper(filter)) return run_claims(filter, claim_id, TextPlan::walk);
    m_evidence.list_candidates();
    return run_claims(filter, claim_id, TextPlan::drive);
}

std::vector<StoredClaim> SqliteQueries::find_claims_by(const ClaimFilter& filter, TextPlan plan) {
    if (plan == TextPlan::index) return find_claims_by_index(filter);
    const EndSearch end(m_evidence);
    if (plan == TextPlan::walk_tokens) m_evidence.start_token_walk(filter.text, m_walk_budget);
    if (plan == TextPlan::walk || plan == TextPlan::drive) m_evidence.read_positions(filter.text);
    if (plan == TextPlan::drive) m_evidence.list_candidates();
    return run_claims(filter, 0, plan);
}

void SqliteQueries::read_by_index(const ClaimFilter& filter, const KeyRange& keys,
                                  std::vector<IndexedClaim>& claims) {
    const FilteredQuery query = claims_by_index_query(filter, keys);
    auto select = m_statements.prepare(query.sql());
    query.bind(*select);
    while (select->executeStep())
        claims.push_back({stored_claim_of(*select), select->getColumn(28).getString(), select->getColumn(29).getInt64()});
}

// In key order, which is the timeline's but among claims of an odd code (texts that are not
// dates, evidence_index.h): those are sorted, and when a page ends among them, the rest of
// their code is read first, since its first claims by the timeline may come after the page.
std::vector<StoredClaim> SqliteQueries::find_claims_by_index(const ClaimFilter& filter) {
    std::vector<IndexedClaim> claims;
    KeyRange keys = keys_of(filter);
    read_by_index(filter, keys, claims);
    const auto odd = [](const IndexedClaim& c) { return code_of_key(c.key) % 2 == 1; };
    if (std::none_of(claims.begin(), claims.end(), odd)) return plain_claims(std::move(claims));
    if (filter.limit > 0 && static_cast<std::int64_t>(claims.size()) == filter.limit && odd(claims.back())) {
        ClaimFilter rest = filter;
        rest.limit = 0;
        keys.from = claims.back().key + 1;
        keys.before = std::min(keys.before, first_key_of(code_of_key(claims.back().key) + 1));
        read_by_index(rest, keys, claims);
    }
    std::sort(claims.begin(), claims.end(), [](const IndexedClaim& a, const IndexedClaim& b) {
        return std::tie(a.when_start, a.claim.id) < std::tie(b.when_start, b.claim.id);
    });
    if (filter.limit > 0 && static_cast<std::int64_t>(claims.size()) > filter.limit)
        claims.resize(static_cast<std::size_t>(filter.limit));
    return plain_claims(std::move(claims));
}

std::vector<StoredClaim> SqliteQueries::plain_claims(std::vector<IndexedClaim> claims) {
    std::vector<StoredClaim> plain;
    plain.reserve(claims.size());
    for (IndexedClaim& c : claims) plain.push_back(std::move(c.claim));
    return plain;
}

std::optional<StoredClaim> SqliteQueries::find_claim(std::int64_t id) {
    auto claims = find_claims({}, id);
    if (claims.empty()) return std::nullopt;
    return std::move(claims.front());
}

// --- propositions --------------------------------------------------------------------------

constexpr char k_propositions[] =
    "SELECT p.id, p.actor, p.allegation, p.hardware_display, p.object, p.status, "
    "p.articles, p.first_reported, p.first_denied FROM propositions p WHERE 1 = 1";
// A proposition's claim ids (over its scope: a family's lists its members' claims too),
// ascending, from the index claims_proposition alone: read for each proposition, as numbers (a
// group_concat of them, parsed back, took twice as long).
const std::string k_proposition_claim_ids =
    std::string("SELECT id FROM claims WHERE proposition_id IN (") + k_proposition_scope + ") ORDER BY id";
constexpr char k_propositions_id[] = " AND p.id = ?";
constexpr char k_propositions_actor[] = " AND p.actor = ?";
constexpr char k_propositions_allegation[] = " AND p.allegation = ?";
// A family finds its members' propositions too, a member only its own (0009).
constexpr char k_propositions_hardware[] = " AND (p.hardware = ? OR p.hardware_family = ?)";
// Filters on claims keep a proposition when one of the claims it counts passes: its own, or for
// a family's, its members' (0009, invariant 2). `matching` selects the propositions of the
// claims that pass; it runs twice, once for them and once for their families, never per row
// (a scope correlated with each row took 30 times as long for --claimant on 58k claims).
namespace {
std::string counted_claims_in(const std::string& matching) {
    return " AND p.id IN (" + matching +
           " UNION SELECT f.id FROM propositions m JOIN propositions f ON f.actor = m.actor "
           "AND f.allegation = m.allegation AND f.hardware = m.hardware_family AND f.object = m.object "
           "WHERE m.hardware <> m.hardware_family AND m.id IN (" + matching + "))";
}
}  // namespace
const std::string k_propositions_claimant =
    counted_claims_in("SELECT c.proposition_id FROM claims c WHERE c.claimant = ?");
const std::string k_propositions_source = counted_claims_in(
    "SELECT c.proposition_id FROM claims c WHERE c.article_id IN "
    "(SELECT a.id FROM articles a WHERE a.source_id = (SELECT id FROM sources WHERE name = ?))");
const std::string k_propositions_min_confidence =
    counted_claims_in("SELECT c.proposition_id FROM claims c WHERE c.confidence >= ?");
constexpr char k_propositions_status[] = " AND p.status = ?";
constexpr char k_propositions_since[] = " AND p.first_reported >= ?";
constexpr char k_propositions_until[] = " AND p.first_reported <= ?";
const std::string k_propositions_text = counted_claims_in(
    "SELECT c.proposition_id FROM claims c WHERE c.article_id IN "
    "(SELECT article_id FROM temp.evidence_search_articles) "
    "AND evidence_holds(c.article_id, c.evidence_token_start, c.evidence_token_end)");
constexpr char k_propositions_order[] = " ORDER BY p.first_reported, p.id";

namespace {

const PropositionQuerySql k_propositions_sql{
    k_propositions, k_propositions_id, k_propositions_actor, k_propositions_allegation, k_propositions_hardware,
    k_propositions_claimant.c_str(), k_propositions_min_confidence.c_str(), k_propositions_source.c_str(),
    k_propositions_status, k_propositions_since, k_propositions_until, k_propositions_order};

FilteredQuery propositions_query(const ClaimFilter& f, std::int64_t proposition_id) {
    return store::propositions_query(k_propositions_sql, f, proposition_id, [&](FilteredQuery& q) {
        if (!fts_all_words(f.text).empty()) q.add(k_propositions_text.c_str());
    });
}

Proposition proposition_of(SQLite::Statement& row) {
    Proposition p;
    p.id = row.getColumn(0).getInt64();
    p.actor = row.getColumn(1).getString();
    p.allegation = row.getColumn(2).getString();
    p.hardware = row.getColumn(3).getString();
    p.object = row.getColumn(4).getString();
    p.status = row.getColumn(5).getString();
    p.articles = row.getColumn(6).getInt();
    p.first_reported = row.getColumn(7).getString();
    p.first_denied = row.getColumn(8).getString();
    return p;
}

}  // namespace

std::vector<Proposition> SqliteQueries::find_propositions(const ClaimFilter& filter, std::int64_t proposition_id) {
    std::vector<Proposition> propositions;
    {
        const EndSearch end(m_evidence);
        if (!fts_all_words(filter.text).empty()) {
            m_evidence.read_positions(filter.text);
            m_evidence.list_candidates();
        }
        const FilteredQuery query = propositions_query(filter, proposition_id);
        auto select = m_statements.prepare(query.sql());
        query.bind(*select);
        while (select->executeStep()) propositions.push_back(proposition_of(*select));
    }
    for (Proposition& p : propositions) {
        read_counters(p);
        if (filter.with_claim_ids) read_claim_ids(p);
    }
    return propositions;
}

void SqliteQueries::read_claim_ids(Proposition& p) {
    auto select = m_statements.prepare(k_proposition_claim_ids);
    select->bind(1, p.id);
    select->bind(2, p.id);
    while (select->executeStep()) p.claims.push_back(select->getColumn(0).getInt64());
}

// Origins and conflicts of a proposition, from its counters (schema/sqlite/0004).
constexpr char k_proposition_origins[] =
    "SELECT polarity, origin FROM proposition_origins WHERE proposition_id = ? "
    "ORDER BY first_reported = '', first_reported, first_article, origin_key";

void SqliteQueries::read_counters(Proposition& p) {
    {
        auto origins = m_statements.prepare(k_proposition_origins);
        origins->bind(1, p.id);
        while (origins->executeStep())
            (origins->getColumn(0).getString() == "denied" ? p.denying_origins : p.supporting_origins)
                .push_back(origins->getColumn(1).getString());
    }
    p.conflicts = xref::conflicts_among(quantity_sightings(m_statements, p.id));
}

std::optional<Proposition> SqliteQueries::find_proposition(std::int64_t id) {
    auto found = find_propositions({}, id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

// --- articles ------------------------------------------------------------------------------

constexpr char k_articles[] =
    "SELECT a.id, a.title, s.name, a.url, a.path, a.author, a.reported_date, a.ingested_at, "
    "(SELECT count(*) FROM claims c WHERE c.article_id = a.id), a.lexicon_version "
    "FROM articles a JOIN sources s ON s.id = a.source_id WHERE 1 = 1";
constexpr char k_articles_source[] = " AND a.source_id = (SELECT id FROM sources WHERE name = ?)";
constexpr char k_articles_since[] = " AND a.reported_date >= ?";
constexpr char k_articles_until[] = " AND a.reported_date <= ?";
constexpr char k_articles_undated[] = " AND a.reported_date = ''";
constexpr char k_articles_text[] =
    " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
constexpr char k_articles_order[] = " ORDER BY a.reported_date, a.id";

constexpr ArticleQuerySql k_articles_sql{k_articles,       k_articles_source,  k_articles_since,
                                         k_articles_until, k_articles_undated, k_articles_order};

std::vector<ArticleSummary> SqliteQueries::find_articles(const ClaimFilter& f) {
    const FilteredQuery query = articles_query(k_articles_sql, f, [&](FilteredQuery& q) {
        if (const std::string words = fts_all_words(f.text); !words.empty()) q.add(k_articles_text, {words});
    });
    auto select = m_statements.prepare(query.sql());
    query.bind(*select);
    std::vector<ArticleSummary> articles;
    while (select->executeStep()) {
        auto& row = *select;
        articles.push_back({row.getColumn(0).getInt64(), row.getColumn(1).getString(),
                            row.getColumn(2).getString(), row.getColumn(3).getString(),
                            row.getColumn(4).getString(), row.getColumn(5).getString(),
                            row.getColumn(6).getString(), row.getColumn(7).getString(),
                            row.getColumn(8).getInt(), row.getColumn(9).getString()});
    }
    return articles;
}

constexpr char k_load_article[] =
    "SELECT a.text, a.title, s.name, a.url, a.path, a.author, a.reported_date, a.body "
    "FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?";

std::optional<Article> SqliteQueries::load_article(std::int64_t id) {
    auto select = m_statements.prepare(k_load_article);
    select->bind(1, id);
    if (!select->executeStep()) return std::nullopt;
    auto& row = *select;
    return Article{row.getColumn(0).getString(), row.getColumn(1).getString(),
                   row.getColumn(2).getString(), row.getColumn(3).getString(),
                   row.getColumn(4).getString(), row.getColumn(5).getString(),
                   row.getColumn(6).getString(), body_spans_of(row.getColumn(7).getString()), {}};
}

constexpr char k_articles_not_at[] = "SELECT id FROM articles WHERE lexicon_version <> ? ORDER BY id";

std::vector<std::int64_t> SqliteQueries::articles_not_at(const std::string& version) {
    auto select = m_statements.prepare(k_articles_not_at);
    select->bind(1, version);
    std::vector<std::int64_t> ids;
    while (select->executeStep()) ids.push_back(select->getColumn(0).getInt64());
    return ids;
}

// --- counts --------------------------------------------------------------------------------

constexpr char k_actors[] = "SELECT actor, count(*) AS n FROM claims GROUP BY actor ORDER BY n DESC, actor";
constexpr char k_sources[] =
    "SELECT s.name, count(*) AS n FROM articles a JOIN sources s ON s.id = a.source_id "
    "GROUP BY s.id ORDER BY n DESC, s.name";
// Counts kept by triggers (schema/sqlite/0012), not counted: a constant time at any size.
constexpr char k_stats[] =
    "SELECT (SELECT value FROM store_counts WHERE name = 'articles'), "
    "(SELECT value FROM store_counts WHERE name = 'claims'), "
    "(SELECT value FROM store_counts WHERE name = 'propositions'), "
    "(SELECT value FROM store_counts WHERE name = 'sources'), "
    "(SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()), "
    "(SELECT coalesce(max(ingested_at), '') FROM articles)";
constexpr char k_by_status[] =
    "SELECT substr(name, 8), value FROM store_counts WHERE name LIKE 'status:%' AND value > 0 ORDER BY name";

std::vector<NameCount> SqliteQueries::name_counts(const char* sql) {
    auto select = m_statements.prepare(sql);
    std::vector<NameCount> counts;
    while (select->executeStep()) counts.push_back({select->getColumn(0).getString(), select->getColumn(1).getInt()});
    return counts;
}

std::vector<NameCount> SqliteQueries::actors() { return name_counts(k_actors); }

// Seen on its articles' dates (their ingest day when undated); the evidence of its most
// confident claim (schema/sqlite/0010: claims_open_world).
constexpr char k_open_world_actors[] =
    "WITH seen AS (SELECT c.id, c.actor, c.actor_kind, c.evidence, c.confidence, "
    "  coalesce(nullif(a.reported_date, ''), substr(a.ingested_at, 1, 10)) AS day "
    "  FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.open_world = 1) "
    "SELECT actor, max(actor_kind), count(*), min(day), max(day), "
    "  (SELECT s2.evidence FROM seen s2 WHERE s2.actor = seen.actor ORDER BY s2.confidence DESC, s2.id LIMIT 1), "
    "  (SELECT s2.id FROM seen s2 WHERE s2.actor = seen.actor ORDER BY s2.confidence DESC, s2.id LIMIT 1) "
    "FROM seen GROUP BY actor ORDER BY min(day) DESC, actor";

std::vector<OpenWorldActor> SqliteQueries::open_world_actors() {
    auto select = m_statements.prepare(k_open_world_actors);
    std::vector<OpenWorldActor> out;
    while (select->executeStep())
        out.push_back({select->getColumn(0).getString(), select->getColumn(1).getString(), select->getColumn(2).getInt(),
                       select->getColumn(3).getString(), select->getColumn(4).getString(),
                       select->getColumn(5).getString(), select->getColumn(6).getInt64()});
    return out;
}
std::vector<NameCount> SqliteQueries::sources() { return name_counts(k_sources); }

StoreStats SqliteQueries::stats() {
    StoreStats stats;
    {
        auto select = m_statements.prepare(k_stats);
        select->executeStep();
        stats.articles = select->getColumn(0).getInt64();
        stats.claims = select->getColumn(1).getInt64();
        stats.propositions = select->getColumn(2).getInt64();
        stats.sources = select->getColumn(3).getInt64();
        stats.bytes = select->getColumn(4).getInt64();
        stats.last_import = select->getColumn(5).getString();
    }
    stats.by_status = name_counts(k_by_status);
    return stats;
}

}  // namespace tracker::store
