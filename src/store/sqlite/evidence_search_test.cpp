#include <catch2/catch.hpp>

// GCC 12 warns about every member a designated initializer leaves out.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>
#include <unistd.h>

#include <SQLiteCpp/Database.h>

#include "store/partial_date.h"
#include "store/sqlite/evidence_index.h"
#include "store/sqlite/evidence_search.h"
#include "store/sqlite/fts_query.h"
#include "store/sqlite/migrator.h"
#include "store/sqlite/sqlite_queries.h"
#include "tracker/store.h"

namespace fs = std::filesystem;
using namespace tracker;
using tracker::store::EvidenceSearch;
using tracker::store::SqliteQueries;
using tracker::store::StatementCache;
using tracker::store::token_range;
using tracker::store::WordTokenizer;

namespace {

class NoFamilies : public HardwareFamilies {
public:
    std::string family_of(const std::string& hardware) const override { return hardware; }
};

struct TempDatabase {
    fs::path folder = fs::temp_directory_path() / ("tracker_evidence_test_" + std::to_string(::getpid()));
    TempDatabase() {
        fs::remove_all(folder);
        fs::create_directories(folder);
    }
    ~TempDatabase() { fs::remove_all(folder); }
    std::string path() const { return (folder / "tracker.db").string(); }
};

// An article of several sentences, each of the `evidence` ones a claim; the others are text the
// article holds outside any evidence, which a search in evidence must not find.
struct StoryArticle {
    std::string path;
    std::vector<std::string> evidence;
    std::vector<std::string> other;
};

std::pair<Article, std::vector<Claim>> build(const StoryArticle& story, int n) {
    Article a;
    a.path = story.path;
    a.source = n % 2 == 0 ? "Reuters" : "Ridge Post";
    a.reported_date = "2025-11-" + std::to_string(10 + n);
    for (std::size_t i = 0; i < std::max(story.evidence.size(), story.other.size()); ++i) {
        if (i < story.other.size()) a.text += story.other[i] + " ";
        if (i < story.evidence.size()) a.text += story.evidence[i] + " ";
    }
    a.text += "Filed as story " + std::to_string(n) + ".";
    a.body = {{0, a.text.size()}};
    std::vector<Claim> claims;
    for (const std::string& sentence : story.evidence) {
        Claim c;
        c.actor = "Actor " + std::to_string(claims.size());
        c.allegation = "smuggling";
        c.polarity = Polarity::asserted;
        c.modality = Modality::reported;
        c.evidence = sentence;
        c.evidence_start = a.text.find(sentence);
        c.evidence_end = c.evidence_start + sentence.size();
        c.confidence = 0.8;
        claims.push_back(c);
    }
    return {a, claims};
}

const std::vector<StoryArticle> k_stories = {
    {"a.txt",
     {"Nvidia's H20-class chips were smuggled into the U.S. warehouse.", "The café in Naïve Street held 24,000 GPUs."},
     {"Tokyo officials declined to comment.", "Smuggling rings are common, Reuters said."}},
    {"b.txt",
     {"DeepSeek obtained class H20 accelerators through Singapore.", "Brokers SMUGGLED the servers in crates."},
     {"The U.S. Commerce Department was not reached.", "Nvidia said nothing about Tokyo."}},
    {"c.txt",
     {"Officials said \"Project Lantern\" moved H20 units.", "No export license was granted to Huawei."},
     {"CAFE owners in Singapore were interviewed about smuggled goods."}},
};

std::vector<std::int64_t> ids_of(const std::vector<StoredClaim>& claims) {
    std::vector<std::int64_t> ids;
    for (const StoredClaim& c : claims) ids.push_back(c.id);
    return ids;
}

}  // namespace

TEST_CASE("token_range: an evidence span in the positions FTS5 gives the tokens", "[store]") {
    const std::vector<std::size_t> starts = {0, 7, 12, 20, 31};
    CHECK(token_range(starts, 0, 11).start == 0);
    CHECK(token_range(starts, 0, 11).end == 2);
    CHECK(token_range(starts, 12, 31).start == 2);
    CHECK(token_range(starts, 12, 31).end == 4);
    CHECK(token_range(starts, 31, 40).end == 5);
    CHECK(token_range(starts, 40, 50).start == 5);  // past the last token: empty
}

TEST_CASE("WordTokenizer: tokens and positions as articles_fts indexes them", "[store]") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    const WordTokenizer tokenizer(db);
    const std::string text = "Nvidia's H20-class chips, the U.S. and a Café";
    CHECK(tokenizer.token_starts(text) == std::vector<std::size_t>{0, 7, 9, 13, 19, 26, 30, 32, 35, 39, 41});
    auto tokens = [&](const std::string& word) {
        std::vector<std::string> out{"left over"};
        tokenizer.tokens(word, out);
        return out;
    };
    CHECK(tokens("Café") == std::vector<std::string>{"cafe"});
    CHECK(tokens("H20-class") == std::vector<std::string>{"h20", "class"});
    CHECK(tokens("--").empty());
}

// The oracle is FTS5 itself: the evidence of every claim in an FTS5 table of its own (what
// claims_fts was before migration 6), queried as fts_query.h writes a query. Every plan of
// SqliteQueries must give what it gives, in timeline order, and a first page must be the
// first claims of the whole answer.
TEST_CASE("SqliteStore: every plan of a text search finds what an FTS5 index of the evidence finds", "[store]") {
    TempDatabase t;
    const NoFamilies families;
    {
        auto store = open_store(t.path(), families);
        for (int round = 0; round < 3; ++round) {  // enough claims that a page is not all
            int n = 0;
            for (StoryArticle story : k_stories) {
                story.path = std::to_string(round) + story.path;
                const auto [article, claims] = build(story, n++ + 3 * round);
                store->add_article(article, claims, "lex-1");
            }
        }
    }
    SQLite::Database db(t.path(), SQLite::OPEN_READWRITE);
    db.exec("CREATE VIRTUAL TABLE temp.oracle USING fts5(evidence)");
    db.exec("INSERT INTO temp.oracle (rowid, evidence) SELECT id, evidence FROM claims");
    auto expected = [&](const std::string& words) {
        std::vector<std::int64_t> ids;
        SQLite::Statement match(db, "SELECT c.id FROM claims c WHERE c.id IN "
                                    "(SELECT rowid FROM temp.oracle WHERE oracle MATCH ?) ORDER BY c.when_start, c.id");
        match.bind(1, store::fts_all_words(words));
        while (match.executeStep()) ids.push_back(match.getColumn(0).getInt64());
        return ids;
    };
    StatementCache statements(db);
    EvidenceSearch evidence(db, statements);
    SqliteQueries queries(statements, evidence);
    SqliteQueries short_walks(statements, evidence, 2);  // gives up walking after 2 claims
    auto store = open_store(t.path(), families);
    const std::vector<std::string> words_tried = {
        "smuggled",   "SMUGGLED",      "Smuggling", "cafe",      "CAFÉ",          "naive",
        "U.S.",       "u.s",           "U.S. Commerce", "H20-class", "class-H20", "class h20",
        "h20 class",  "Nvidia's",      "nvidia s",  "24,000",    "24",            "000",
        "--",         "-- smuggled",   "Singapore", "Tokyo",     "Reuters",       "\"Project",
        "Lantern\"", "export license", "license export", "Huawei granted", "smuggled Singapore",
        "Filed",      "story",         "nowhere",   "crates SMUGGLED Brokers"};
    using Plan = SqliteQueries::TextPlan;
    for (const std::string& words : words_tried) {
        INFO("query: " << words);
        const std::vector<std::int64_t> all = expected(words);
        CHECK(ids_of(store->find_claims({.text = words})) == all);
        for (Plan plan : {Plan::drive, Plan::walk, Plan::walk_tokens, Plan::index})
            CHECK(ids_of(queries.find_claims_by({.text = words}, plan)) == all);
        const std::vector<std::int64_t> page(all.begin(), all.begin() + std::min<std::size_t>(all.size(), 2));
        CHECK(ids_of(store->find_claims({.text = words, .limit = 2})) == page);
        CHECK(ids_of(short_walks.find_claims({.text = words, .limit = 2})) == page);
        for (Plan plan : {Plan::drive, Plan::walk, Plan::index})
            CHECK(ids_of(queries.find_claims_by({.text = words, .limit = 2}, plan)) == page);
        // A proposition search keeps the propositions of those claims.
        std::set<std::int64_t> propositions;
        for (const StoredClaim& c : store->find_claims({.text = words})) propositions.insert(c.proposition_id);
        std::set<std::int64_t> found;
        for (const Proposition& p : store->find_propositions({.text = words})) found.insert(p.id);
        CHECK(found == propositions);
    }
    // Words the articles hold outside the evidence find no claim, but find the articles.
    CHECK(expected("Tokyo").empty());
    CHECK(expected("Filed").empty());
    CHECK(store->find_articles({.text = "Tokyo"}).size() == 6);
    CHECK(expected("smuggled").size() == 6);
}

TEST_CASE("SqliteStore: a database of schema 5 gets its evidence positions on opening", "[store]") {
    TempDatabase t;
    {
        SQLite::Database db(t.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        std::vector<store::Migration> up_to_5 = store::Migrator::embedded();
        up_to_5.resize(5);
        store::Migrator(db, t.path()).migrate(up_to_5);
        // What a tracker of schema 5 wrote: the text, and a claim whose evidence is its second sentence.
        db.exec("INSERT INTO sources (id, name) VALUES (1, 'Reuters')");
        db.exec("INSERT INTO articles (id, identity, path, source_id, text, content_hash, simhash, band0, band1, "
                "band2, band3, origin_source) VALUES (1, 'a.txt', 'a.txt', 1, "
                "'Tokyo declined to comment. Brokers smuggled H20 chips to Shenzhen.', 'h', 1, 1, 0, 0, 0, 'Reuters')");
        db.exec("INSERT INTO propositions (id, actor, allegation, claims, articles) VALUES (1, 'Brokers', 'smuggling', 1, 1)");
        db.exec("INSERT INTO claims (id, article_id, proposition_id, actor, allegation, polarity, modality, when_start, "
                "when_end, evidence, evidence_start, evidence_end, confidence, origin) VALUES (1, 1, 1, 'Brokers', "
                "'smuggling', 'asserted', 'reported', '', '', 'Brokers smuggled H20 chips to Shenzhen.', 27, 66, 0.8, "
                "'Reuters')");
    }
    const NoFamilies families;
    auto store = open_store(t.path(), families);
    CHECK(ids_of(store->find_claims({.text = "smuggled Shenzhen"})) == std::vector<std::int64_t>{1});
    CHECK(store->find_claims({.text = "Tokyo"}).empty());
    SQLite::Database db(t.path(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT evidence_token_start || '-' || evidence_token_end FROM claims").getString() == "4-10");
    CHECK(db.execAndGet("SELECT tokens FROM longest_evidence").getInt() == 6);
}

TEST_CASE("SqliteStore: re-extracted claims are found by their new evidence", "[store]") {
    TempDatabase t;
    const NoFamilies families;
    auto store = open_store(t.path(), families);
    StoryArticle story{"r.txt", {"Brokers smuggled H20 chips to Shenzhen."}, {"Tokyo officials declined to comment."}};
    auto [article, claims] = build(story, 0);
    const AddResult added = store->add_article(article, claims, "lex-1");
    REQUIRE(store->find_claims({.text = "Shenzhen"}).size() == 1);
    // The new lexicon finds its claim in the other sentence.
    Claim moved = claims.front();
    moved.evidence = "Tokyo officials declined to comment.";
    moved.evidence_start = article.text.find(moved.evidence);
    moved.evidence_end = moved.evidence_start + moved.evidence.size();
    store->replace_claims(added.article_id, {moved}, "lex-2");
    CHECK(store->find_claims({.text = "Shenzhen"}).empty());
    CHECK(store->find_claims({.text = "Tokyo declined"}).size() == 1);
}

namespace {

// What evidence_fts holds, as (term, rowid, position) rows, against what invariant 12 of
// schema/sqlite/0016 says it holds: each claim's evidence under its timeline key.
using Instances = std::multiset<std::tuple<std::string, std::int64_t, std::int64_t>>;

Instances evidence_index_of(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("CREATE VIRTUAL TABLE temp.evidence_instances USING fts5vocab(main, evidence_fts, instance)");
    Instances instances;
    SQLite::Statement select(db, "SELECT term, doc, offset FROM temp.evidence_instances");
    while (select.executeStep())
        instances.insert({select.getColumn(0).getString(), select.getColumn(1).getInt64(), select.getColumn(2).getInt64()});
    return instances;
}

Instances evidence_of_claims(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    const WordTokenizer tokenizer(db);
    Instances instances;
    std::vector<std::string> tokens;
    SQLite::Statement select(db, "SELECT id, when_start, evidence FROM claims");
    while (select.executeStep()) {
        const std::int64_t key = store::timeline_key(select.getColumn(1).getString(), select.getColumn(0).getInt64());
        tokenizer.tokens(select.getColumn(2).getString(), tokens);
        for (std::size_t i = 0; i < tokens.size(); ++i) instances.insert({tokens[i], key, static_cast<std::int64_t>(i)});
    }
    return instances;
}

}  // namespace

// evidence_fts is written at the end of an article's transaction or batch, and an article's
// entries are taken out before its claims go (schema/sqlite/0016, invariant 12).
TEST_CASE("SqliteStore: evidence_fts holds every claim's evidence through replacements, re-extraction and undoing",
          "[store][sqlite]") {
    TempDatabase t;
    const NoFamilies families;
    auto store = open_store(t.path(), families);
    {
        SQLite::Database db(t.path(), SQLite::OPEN_READWRITE);
        db.exec("CREATE TRIGGER poison BEFORE INSERT ON claims WHEN new.evidence LIKE '%POISON%' "
                "BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
    }
    auto add = [&](const std::string& path, std::vector<std::string> evidence, int n) {
        auto [article, claims] = build({path, std::move(evidence), {"Officials declined to comment."}}, n);
        return store->add_article(article, claims, "lex-1");
    };
    auto whole = [&] { return evidence_index_of(t.path()) == evidence_of_claims(t.path()); };
    std::int64_t reextracted = 0;
    {
        GroupCommit batch(*store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add("a.txt", {"Alpha brokers smuggled chips.", "Alpha crates held GPUs."}, 1);
        reextracted = add("b.txt", {"Bravo brokers smuggled chips."}, 2).article_id;
        // A replacement that fails after the old claims were taken out: the old ones stay.
        CHECK_THROWS_WITH(add("a.txt", {"Charlie smuggled chips. POISON"}, 1), Catch::Contains("poisoned"));
        add("c.txt", {"Charlie smuggled chips."}, 3);
        add("c.txt", {"Delta smuggled chips."}, 3);  // replaced before it was ever indexed
        // Re-extracted before it was ever indexed, then after a failed re-extraction.
        auto [article, claims] = build({"b.txt", {"Bravo brokers smuggled chips."}, {}}, 2);
        claims.front().evidence = "Officials declined to comment.";
        claims.front().evidence_start = 0;
        claims.front().evidence_end = 0;
        store->replace_claims(reextracted, claims, "lex-2");
        claims.front().evidence = "POISON";
        CHECK_THROWS_WITH(store->replace_claims(reextracted, claims, "lex-3"), Catch::Contains("poisoned"));
        batch.finish();
    }
    CHECK(whole());
    CHECK(ids_of(store->find_claims({.text = "smuggled"})).size() == 2);  // alpha, delta
    CHECK(store->find_claims({.text = "bravo"}).empty());
    CHECK(store->find_claims({.text = "officials"}).size() == 1);
    {
        GroupCommit batch(*store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add("a.txt", {"Echo brokers smuggled chips."}, 1);  // replaces indexed claims
        auto [article, claims] = build({"b.txt", {"Foxtrot smuggled chips."}, {}}, 2);
        claims.front().evidence_start = 0;
        claims.front().evidence_end = 0;
        store->replace_claims(reextracted, claims, "lex-4");  // re-extracts indexed claims
        batch.finish();
    }
    add("g.txt", {"Golf smuggled chips."}, 7);  // alone, outside a batch
    CHECK(whole());
    {
        GroupCommit batch(*store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add("h.txt", {"Hotel smuggled chips."}, 8);
        store->rollback_batch();  // a batch undone whole indexes nothing
    }
    CHECK(whole());
    CHECK(store->find_claims({.text = "smuggled"}).size() == 4);  // delta, echo, foxtrot, golf
}

// Timeline keys order claims as (when_start, id) for dates, and the index plan sorts the texts
// that are not dates (odd codes), reading the rest of such a code when a page ends in it.
TEST_CASE("SqliteStore: a text search through evidence_fts keeps the timeline's order for any when_start",
          "[store][sqlite]") {
    TempDatabase t;
    const NoFamilies families;
    auto store = open_store(t.path(), families);
    const std::vector<std::string> dates = {"2025-11-10T09", "", "2025-11-10", "2025-11-1", "2025-11-10T08",
                                            "Nov 2025",      "2025", "2025-11-10 ", "2025-11", "2025-11-10T08",
                                            "2024-12-31",    "2025-11-10T0"};
    int n = 0;
    for (const std::string& date : dates)
        for (int copy = 0; copy < 2; ++copy) {
            auto [article, claims] = build({"d" + std::to_string(n) + ".txt", {"Brokers smuggled chips.", "Chips were smuggled."}, {}}, n);
            article.reported_date = date;
            store->add_article(article, claims, "lex-1");
            ++n;
        }
    SQLite::Database db(t.path(), SQLite::OPEN_READONLY);
    auto expected = [&](const std::string& since, const std::string& until) {
        std::vector<std::int64_t> ids;
        SQLite::Statement select(db, "SELECT id FROM claims WHERE (?1 = '' OR when_end >= ?1) AND "
                                     "(?2 = '' OR when_start <= ?2) ORDER BY when_start, id");
        select.bind(1, since);
        select.bind(2, until.empty() ? until : store::last_day_of(until));
        while (select.executeStep()) ids.push_back(select.getColumn(0).getInt64());
        return ids;
    };
    for (const auto& [since, until] : std::vector<std::pair<std::string, std::string>>{
             {"", ""}, {"2025-11-10", ""}, {"", "2025-11-10"}, {"2025-01", "2025-11"}, {"2025-11-11", ""}}) {
        INFO("since " << since << ", until " << until);
        const std::vector<std::int64_t> all = expected(since, until);
        CHECK(ids_of(store->find_claims({.since = since, .until = until, .text = "smuggled"})) == all);
        for (std::size_t limit = 1; limit <= all.size(); ++limit) {
            INFO("limit " << limit);
            const std::vector<std::int64_t> page(all.begin(), all.begin() + static_cast<long>(limit));
            CHECK(ids_of(store->find_claims(
                      {.since = since, .until = until, .text = "smuggled", .limit = static_cast<std::int64_t>(limit)})) ==
                  page);
        }
    }
}
