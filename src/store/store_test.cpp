#include <catch2/catch.hpp>

// GCC 12 warns about every member a designated initializer leaves out, although they take their
// defaults; the tests build filters and claims that way on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include "store/postgresql/pg_connection.h"
#include "store/proposition_tally.h"
#include "store/sqlite/migrator.h"
#include "store/sqlite/proposition_updater.h"
#include "store/sqlite/statement_cache.h"

#include "tracker/error.h"
#include "tracker/store.h"

namespace fs = std::filesystem;
using namespace tracker;

namespace {

class TestFamilies : public HardwareFamilies {
public:
    std::string family_of(const std::string& hardware) const override {
        if (hardware == "Nvidia B200" || hardware == "Nvidia B300") return "Nvidia Blackwell";
        if (hardware == "Nvidia H800" || hardware == "Nvidia H20") return "Nvidia Hopper";
        return hardware;
    }
};

// A fresh folder per test, removed afterwards.
class TempFolder {
public:
    TempFolder() {
        static std::atomic<int> counter{0};
        m_path = fs::temp_directory_path() /
                 ("tracker_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

// The backend the backend-neutral cases run against: SQLite, or with TRACKER_TEST_STORE=postgresql
// a new database per case on the server TRACKER_TEST_PG names (tests/pg_server.sh; CMakeLists.txt
// registers both runs, the PostgreSQL one without the cases tagged [sqlite]).
bool on_postgresql() {
    const char* backend = std::getenv("TRACKER_TEST_STORE");
    return backend && std::string(backend) == "postgresql";
}

// A database of its own on the test server, dropped afterwards: its URL is the server's with
// another database name.
class TestDatabase {
public:
    TestDatabase() {
        if (!on_postgresql()) return;
        const char* server = std::getenv("TRACKER_TEST_PG");
        if (!server || !*server) FAIL("TRACKER_TEST_STORE=postgresql needs TRACKER_TEST_PG (tests/pg_server.sh run ...)");
        static std::atomic<int> counter{0};
        m_server = server;
        m_name = "tracker_unit_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        store::PgConnection(m_server).execute("CREATE DATABASE " + m_name);  // a name we made, no input
        m_url = m_server.substr(0, m_server.rfind('/') + 1) + m_name;
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    ~TestDatabase() {
        if (m_name.empty()) return;
        try {
            store::PgConnection(m_server).execute("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (...) {  // the server is gone: so is the database
        }
    }
    const std::string& url() const { return m_url; }

private:
    std::string m_server, m_name, m_url;
};

struct TestStore {
    TempFolder folder;
    TestFamilies families;
    TestDatabase database;  // destroyed after the store that uses it
    std::unique_ptr<Store> store = open_store(location(), families);
    std::string path() const { return folder.file("tracker.db"); }
    std::string location() const { return on_postgresql() ? database.url() : path(); }
};

Article article(std::string path, std::string source, std::string date, std::string text) {
    Article a;
    a.path = std::move(path);
    a.source = std::move(source);
    a.reported_date = std::move(date);
    a.title = "Title of " + a.path;
    a.text = std::move(text);
    a.body = {{0, a.text.size()}};
    return a;
}

struct ClaimSpec {
    std::string actor = "DeepSeek";
    std::string allegation = "trained_on";
    std::string hardware = "Nvidia B200";
    std::string object;
    std::string claimant;
    Polarity polarity = Polarity::asserted;
    std::string event_date;
    double confidence = 0.8;
    std::string open_world_kind;  // person | company: an actor no lexicon lists
};

// A claim whose evidence is `sentence`, which must occur in `a.text`.
Claim claim(const Article& a, const std::string& sentence, ClaimSpec spec = {}) {
    Claim c;
    c.actor = spec.actor;
    c.allegation = spec.allegation;
    c.hardware = spec.hardware;
    c.object = spec.object;
    c.claimant = spec.claimant;
    c.polarity = spec.polarity;
    c.modality = Modality::reported;
    c.event_date = spec.event_date;
    c.evidence = sentence;
    c.evidence_start = a.text.find(sentence);
    REQUIRE(c.evidence_start != std::string::npos);
    c.evidence_end = c.evidence_start + sentence.size();
    c.confidence = spec.confidence;
    c.open_world = !spec.open_world_kind.empty();
    c.actor_kind = spec.open_world_kind;
    return c;
}

// Adds an article whose whole text is one claim's sentence plus a distinct paragraph, so that
// unrelated test articles are never near-duplicates of one another.
AddResult add_one(Store& store, const std::string& path, const std::string& source,
                  const std::string& date, const std::string& sentence, ClaimSpec spec = {}) {
    const Article a = article(path, source, date,
                              sentence + "\n\nBackground for " + path + " from " + source +
                                  ": this desk filed " + std::to_string(path.size() * 7919 % 1000) +
                                  " unrelated notes about " + path + " and " + source + " in " + date + ".");
    return store.add_article(a, {claim(a, sentence, spec)}, "lex-1");
}

const char* const k_long_story =
    "DeepSeek trained its upcoming model on Nvidia Blackwell chips that were smuggled into China "
    "through phantom data centers in Southeast Asia, according to people familiar with the matter. "
    "The chips were first installed in facilities in Malaysia and Thailand, then dismantled and "
    "shipped onward, the people said, adding that Nvidia had not been told about the transfers. "
    "Investigators in several countries are now tracing the servers through customs filings.";
const char* const k_long_sentence =
    "DeepSeek trained its upcoming model on Nvidia Blackwell chips that were smuggled into China "
    "through phantom data centers in Southeast Asia, according to people familiar with the matter.";

std::int64_t revision_of(const std::string& db_path, std::int64_t proposition_id) {
    SQLite::Database db(db_path, SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT revision FROM propositions WHERE id = ?");
    q.bind(1, proposition_id);
    REQUIRE(q.executeStep());
    return q.getColumn(0).getInt64();
}

// The two randomized counter tests: what their claims vary over, and a small deterministic
// generator (`next(n)`: a number below n).
const std::vector<std::string> sources = {"Reuters", "Bloomberg", "reuters", "Pacific Ledger"};
const std::vector<std::string> claimants = {"", "The Information", "the information", "Nvidia", "analysts"};
// Members and their families (Blackwell: B200, B300; Hopper: H20, H800), so that families'
// propositions come and go and roll their members up.
const std::vector<std::string> chips = {"Nvidia B200", "Nvidia B300", "Nvidia Blackwell", "Nvidia H20",
                                        "Nvidia Hopper", "Nvidia H800"};
const std::vector<std::string> dates = {"2025-12-10", "2025-11-02", "", "2026-01-05"};
const std::vector<std::string> counts = {"24,000", "20,000", "2,000", "24000"};

class RandomPick {
public:
    explicit RandomPick(unsigned seed) : m_seed(seed) {}
    std::size_t operator()(std::size_t n) {
        m_seed = m_seed * 1103515245u + 12345u;
        return static_cast<std::size_t>((m_seed >> 16) % n);
    }

private:
    unsigned m_seed;
};

}  // namespace

// --- adding and replacing ------------------------------------------------------------------

TEST_CASE("Store: re-adding the same content is unchanged and writes nothing", "[store]") {
    TestStore t;
    const AddResult first = add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    CHECK(first.outcome == AddOutcome::added);
    CHECK(first.claims == 1);
    const auto before = t.store->stats();
    const AddResult again = add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    CHECK(again.outcome == AddOutcome::unchanged);
    CHECK(again.article_id == first.article_id);
    CHECK(again.claims == 0);
    const auto after = t.store->stats();
    CHECK(after.articles == 1);
    CHECK(after.claims == 1);
    CHECK(after.last_import == before.last_import);
    CHECK(t.store->find_claims({}).front().id == 1);
}

TEST_CASE("Store: new content under the same path replaces the article and its claims", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    const AddResult second = add_one(*t.store, "a.txt", "Reuters", "2025-12-11",
                                     "Moonshot AI distilled Claude.",
                                     {.actor = "Moonshot AI", .allegation = "distillation", .hardware = "",
                                      .object = "Anthropic"});
    CHECK(second.outcome == AddOutcome::replaced);
    const auto claims = t.store->find_claims({});
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].claim.actor == "Moonshot AI");
    CHECK(claims[0].reported_date == "2025-12-11");
    CHECK(t.store->stats().articles == 1);
    // The old claim's proposition had no other claim: it is gone.
    const auto propositions = t.store->find_propositions({});
    REQUIRE(propositions.size() == 1);
    CHECK(propositions[0].actor == "Moonshot AI");
    CHECK(t.store->find_claims({.text = "B200"}).empty());
    CHECK(t.store->find_articles({.text = "B200"}).empty());
}

TEST_CASE("Store: a proposition deleted by another connection is not found again by its old id", "[store]") {
    TestStore t;
    const std::unique_ptr<Store> other = open_store(t.location(), t.families);
    // This connection finds DeepSeek's proposition; the other replaces the one article that
    // held it, so the proposition goes and its id may be taken by Moonshot AI's new one.
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    add_one(*other, "a.txt", "Reuters", "2025-12-11", "Moonshot AI distilled Claude.",
            {.actor = "Moonshot AI", .allegation = "distillation", .hardware = "", .object = "Anthropic"});
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-12", "DeepSeek trained on B200 chips, Bloomberg said.");
    const auto propositions = t.store->find_propositions({});
    REQUIRE(propositions.size() == 2);
    for (const auto& p : propositions) {
        INFO(p.actor);
        CHECK(p.claims.size() == 1);
        CHECK(p.articles == 1);
    }
}

TEST_CASE("Store: the URL is the identity when there is one", "[store]") {
    TestStore t;
    Article a = article("one.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips, said a filing.");
    a.url = "https://example.org/story";
    CHECK(t.store->add_article(a, {}, "lex-1").outcome == AddOutcome::added);
    a.path = "renamed.txt";
    CHECK(t.store->add_article(a, {}, "lex-1").outcome == AddOutcome::unchanged);
    a.text += " Updated.";
    CHECK(t.store->add_article(a, {}, "lex-1").outcome == AddOutcome::replaced);
    CHECK(t.store->stats().articles == 1);
}

TEST_CASE("Store: standard input is identified by its content", "[store]") {
    TestStore t;
    const Article a = article("-", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips, said a filing.");
    CHECK(t.store->add_article(a, {}, "lex-1").outcome == AddOutcome::added);
    CHECK(t.store->add_article(a, {}, "lex-1").outcome == AddOutcome::unchanged);
    const Article b = article("-", "Reuters", "2025-12-10", "Another text entirely, about export controls.");
    CHECK(t.store->add_article(b, {}, "lex-1").outcome == AddOutcome::added);
    CHECK(t.store->stats().articles == 2);
}

TEST_CASE("Store: load_article returns what was stored", "[store]") {
    TestStore t;
    Article a = article("dir/a.md", "Pacific Ledger", "2025-12-10", "Line one.\r\nLine two.");
    a.url = "https://ledger.example/a";
    a.author = "Jane Roe";
    a.body = {{0, 9}, {11, 20}};
    const auto id = t.store->add_article(a, {}, "lex-1").article_id;
    const auto loaded = t.store->load_article(id);
    REQUIRE(loaded);
    CHECK(loaded->text == a.text);
    CHECK(loaded->title == a.title);
    CHECK(loaded->source == "Pacific Ledger");
    CHECK(loaded->url == a.url);
    CHECK(loaded->path == "dir/a.md");
    CHECK(loaded->author == "Jane Roe");
    CHECK(loaded->reported_date == "2025-12-10");
    CHECK(loaded->body == a.body);
    CHECK_FALSE(t.store->load_article(id + 100));
}

TEST_CASE("Store: replace_claims swaps an article's claims and records the lexicon version", "[store]") {
    TestStore t;
    const std::string sentence = "DeepSeek trained on B200 chips, Reuters said.";
    const auto id = add_one(*t.store, "a.txt", "Reuters", "2025-12-10", sentence).article_id;
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "Zhipu AI released a model.",
            {.actor = "Zhipu AI", .allegation = "model_release", .hardware = ""});
    CHECK(t.store->articles_not_at("lex-2").size() == 2);
    const Article a = *t.store->load_article(id);
    const int n = t.store->replace_claims(
        id, {claim(a, sentence, {.actor = "DeepSeek", .allegation = "acquired_hardware"})}, "lex-2");
    CHECK(n == 1);
    const auto claims = t.store->find_claims({.actor = "DeepSeek"});
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].claim.allegation == "acquired_hardware");
    CHECK(claims[0].lexicon_version == "lex-2");
    CHECK(t.store->find_propositions({.allegation = "trained_on"}).empty());
    CHECK(t.store->articles_not_at("lex-2").size() == 1);
    CHECK_THROWS_AS(t.store->replace_claims(999, {}, "lex-2"), Fatal);
}

// --- cross-referencing -----------------------------------------------------------------------

TEST_CASE("Store: two independent publishers asserting make it corroborated", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.");
    CHECK(t.store->find_propositions({}).at(0).status == "single-source");
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-12", "Sources say DeepSeek used B200 processors for training.");
    const auto propositions = t.store->find_propositions({});
    REQUIRE(propositions.size() == 1);
    CHECK(propositions[0].status == "corroborated");
    CHECK(propositions[0].supporting_origins == std::vector<std::string>{"Reuters", "Bloomberg"});
    CHECK(propositions[0].articles == 2);
    CHECK(propositions[0].claims.size() == 2);
    CHECK(propositions[0].first_reported == "2025-12-10");
    const auto claims = t.store->find_claims({});
    CHECK(claims.at(0).supporting == 2);
    CHECK(claims.at(0).status == "corroborated");
}

TEST_CASE("Store: a denial makes it contradicted", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.");
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-14", "Nvidia denied that DeepSeek trained on B200 chips.",
            {.claimant = "Nvidia", .polarity = Polarity::denied});
    const auto p = t.store->find_propositions({}).at(0);
    CHECK(p.status == "contradicted");
    CHECK(p.supporting_origins == std::vector<std::string>{"Reuters"});
    CHECK(p.denying_origins == std::vector<std::string>{"Nvidia"});
    CHECK(p.first_denied == "2025-12-14");
    CHECK(t.store->find_claims({.status = "contradicted"}).size() == 2);
}

TEST_CASE("Store: five publishers repeating The Information are one origin", "[store]") {
    TestStore t;
    const char* publishers[] = {"GlobalFocus24", "Pacific Ledger", "Reuters", "Bloomberg", "TechWire"};
    int n = 0;
    for (const char* publisher : publishers) {
        ++n;
        add_one(*t.store, "story" + std::to_string(n) + ".txt", publisher, "2025-12-1" + std::to_string(n),
                std::string("According to The Information, DeepSeek used B200 chips, ") + publisher + " wrote.",
                {.claimant = "The Information"});
    }
    const auto p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"The Information"});
    CHECK(p.articles == 5);
    CHECK(p.status == "single-source");
}

TEST_CASE("Store: a near-duplicate copy under another publisher counts once", "[store]") {
    TestStore t;
    const Article original = article("wire.txt", "Reuters", "2025-12-10", k_long_story);
    t.store->add_article(original, {claim(original, k_long_sentence)}, "lex-1");
    SECTION("an identical copy") {
        const Article copy = article("copy.txt", "GlobalFocus24", "2025-12-11", k_long_story);
        CHECK(t.store->add_article(copy, {claim(copy, k_long_sentence)}, "lex-1").outcome == AddOutcome::added);
    }
    SECTION("a copy with a byline added") {
        const Article copy =
            article("copy.txt", "GlobalFocus24", "2025-12-11", std::string(k_long_story) + " Copyright GlobalFocus24.");
        t.store->add_article(copy, {claim(copy, k_long_sentence)}, "lex-1");
    }
    CHECK(t.store->stats().articles == 2);
    const auto p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"Reuters"});
    CHECK(p.articles == 2);
    CHECK(p.status == "single-source");
    const auto claims = t.store->find_claims({.source = "GlobalFocus24"});
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].origin == "Reuters");
    CHECK(claims[0].source == "GlobalFocus24");
}

TEST_CASE("Store: a trimmed copy's sentence copied word for word takes the original's origin", "[store]") {
    TestStore t;
    const Article original = article("wire.txt", "Reuters", "2025-12-10", k_long_story);
    t.store->add_article(original, {claim(original, k_long_sentence)}, "lex-1");
    // The copy keeps the claim's sentence (its punctuation and case changed) and little else:
    // too far from the original for the article's SimHash.
    const std::string copied = "deepseek trained its upcoming model on Nvidia Blackwell chips that were smuggled into "
                               "China through phantom data centers in Southeast Asia - according to people familiar "
                               "with the matter";
    const Article copy = article("copy.txt", "GlobalFocus24", "2025-12-11",
                                 copied + ". Shares of chipmakers fell in Asian trading on Thursday as investors "
                                          "weighed a new round of tariffs and slower growth in orders.");
    t.store->add_article(copy, {claim(copy, copied)}, "lex-1");
    // A sentence of its own, however alike in substance, is an origin of its own.
    add_one(*t.store, "own.txt", "Pacific Ledger", "2025-12-12",
            "DeepSeek has trained its next model on smuggled Nvidia Blackwell chips, the Pacific Ledger has learned.");
    const auto p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"Reuters", "Pacific Ledger"});
    CHECK(p.articles == 3);
    const auto claims = t.store->find_claims({.source = "GlobalFocus24"});
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].origin == "Reuters");
}

TEST_CASE("SqliteStore: the near-duplicate lookup reads its band indexes only", "[store][sqlite]") {
    // At 1M articles, reading candidates' rows (whose text comes first) was most of an ingest's
    // cost; the band indexes cover what the lookup reads (migration 0005).
    TestStore t;
    SQLite::Database db(t.path(), SQLite::OPEN_READONLY);
    for (int band = 0; band < 4; ++band) {
        const std::string b = std::to_string(band);
        SQLite::Statement plan(db, "EXPLAIN QUERY PLAN SELECT id, simhash, origin_source FROM articles WHERE band" + b +
                                       " = 1");
        std::string detail;
        while (plan.executeStep()) detail += plan.getColumn(3).getString() + ";";
        INFO(detail);
        CHECK(detail.find("USING COVERING INDEX articles_band" + b) != std::string::npos);
    }
}

TEST_CASE("SqliteStore: only a claim whose origin is its publisher keeps its sentence hash", "[store][sqlite]") {
    // A claim with a named source names it in any copy too: no lookup, no index entry (cfaa6ee).
    TestStore t;
    add_one(*t.store, "own.txt", "Pacific Ledger", "2025-12-12", k_long_sentence);
    add_one(*t.store, "cited.txt", "Bloomberg", "2025-12-13",
            "DeepSeek has trained its next model on smuggled Nvidia Blackwell chips, according to The Information.",
            {.claimant = "The Information"});
    SQLite::Database db(t.path(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT origin, evidence_hash <> 0 FROM claims ORDER BY id");
    std::vector<std::pair<std::string, bool>> rows;
    while (q.executeStep()) rows.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt() != 0);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::pair<std::string, bool>{"Pacific Ledger", true});
    CHECK(rows[1] == std::pair<std::string, bool>{"The Information", false});
}

TEST_CASE("SqliteStore: the copied-sentence lookup reads its partial index", "[store][sqlite]") {
    // SqliteStore::copied_origin's query (migration 0018): a bound hash alone cannot use the
    // partial index, and the proposition's index would read all of a big proposition's claims.
    TestStore t;
    SQLite::Database db(t.path(), SQLite::OPEN_READONLY);
    SQLite::Statement plan(db, "EXPLAIN QUERY PLAN SELECT origin FROM claims WHERE evidence_hash = ? AND evidence_hash <> 0 "
                               "AND proposition_id = ? AND polarity = ? AND article_id <> ? ORDER BY id LIMIT 1");
    std::string detail;
    while (plan.executeStep()) detail += plan.getColumn(3).getString() + ";";
    INFO(detail);
    CHECK(detail.find("INDEX claims_evidence_hash") != std::string::npos);
}

TEST_CASE("SqliteStore: adding an article recomputes only the propositions it touches", "[store][sqlite]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    add_one(*t.store, "b.txt", "Reuters", "2025-12-10", "Moonshot AI distilled Claude.",
            {.actor = "Moonshot AI", .allegation = "distillation", .hardware = "", .object = "Anthropic"});
    const auto deepseek = t.store->find_propositions({.actor = "DeepSeek"}).at(0).id;
    const auto moonshot = t.store->find_propositions({.actor = "Moonshot AI"}).at(0).id;
    const auto deepseek_before = revision_of(t.path(), deepseek);
    const auto moonshot_before = revision_of(t.path(), moonshot);
    add_one(*t.store, "c.txt", "Bloomberg", "2025-12-11", "DeepSeek used B200 chips for training.");
    CHECK(revision_of(t.path(), deepseek) == deepseek_before + 1);
    CHECK(revision_of(t.path(), moonshot) == moonshot_before);
}

TEST_CASE("Store: different counts of one unit show as a conflict", "[store]") {
    TestStore t;
    const ClaimSpec spec{.actor = "DeepSeek", .allegation = "fraudulent_access", .hardware = "", .object = "Anthropic"};
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek created 24,000 fake accounts to reach Claude.", spec);
    CHECK(t.store->find_propositions({}).at(0).conflicts.empty());
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek used 20,000 accounts to query Claude.", spec);
    CHECK(t.store->find_propositions({}).at(0).conflicts ==
          std::vector<std::string>{"24,000 accounts vs 20,000 accounts"});
}

namespace {

// Every counter row of every proposition, as text, for comparing two states of a database.
std::string counters_of(SQLite::Database& db) {
    std::string out;
    for (const char* sql :
         {"SELECT id, hardware_display, status, supporting, denying, articles, claims, first_reported, "
          "first_denied FROM propositions ORDER BY id",
          "SELECT * FROM proposition_origins ORDER BY 1, 2, 3",
          "SELECT * FROM proposition_hardware ORDER BY 1, 2",
          "SELECT * FROM proposition_quantities ORDER BY 1, 2, 3"}) {
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
            out += "\n";
        }
        out += "--\n";
    }
    return out;
}

// The same counters recomputed from the claims alone.
std::string rebuilt_counters_of(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA foreign_keys = ON");
    SQLite::Transaction transaction(db);
    tracker::store::StatementCache statements(db);
    tracker::store::PropositionUpdater updater(statements);
    std::vector<std::int64_t> ids;
    for (SQLite::Statement q(db, "SELECT id FROM propositions"); q.executeStep();) ids.push_back(q.getColumn(0).getInt64());
    for (std::int64_t id : ids) updater.rebuild(id);
    const std::string counters = counters_of(db);
    return counters;  // rolled back: the database keeps the counters the store wrote
}

std::string stored_counters_of(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return counters_of(db);
}

// Each proposition's counts by the definition of its scope (schema/sqlite/0009, invariant 2),
// read off the claims' own fields rather than through PropositionUpdater: its own claims, and
// when it is a family's, the claims of the same actor, allegation and object about its members.
std::string recounted_by_definition(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement q(
        db,
        "WITH scope AS (SELECT p.id AS pid, c.proposition_id = p.id AS own, c.origin, c.polarity, c.article_id, "
        "c.reported_date FROM propositions p JOIN claims c ON c.proposition_id = p.id OR (p.hardware <> '' "
        "AND p.hardware = p.hardware_family AND c.actor = p.actor AND c.allegation = p.allegation "
        "AND c.object = p.object AND c.hardware_family = p.hardware AND c.hardware <> c.hardware_family)), "
        "counts AS (SELECT pid, count(DISTINCT " ORIGIN_KEY_SQL ") FILTER (WHERE polarity = 'asserted') AS s, "
        "count(DISTINCT " ORIGIN_KEY_SQL ") FILTER (WHERE polarity = 'denied') AS d, count(DISTINCT article_id) AS a, "
        "coalesce(min(reported_date) FILTER (WHERE reported_date <> ''), '') AS fr, "
        "coalesce(min(reported_date) FILTER (WHERE reported_date <> '' AND polarity = 'denied'), '') AS fd, "
        "sum(own) AS n FROM scope GROUP BY pid) "
        "SELECT pid, CASE WHEN s > 0 AND d > 0 THEN 'contradicted' WHEN s >= 2 THEN 'corroborated' "
        "WHEN d > 0 THEN 'denied' ELSE 'single-source' END, s, d, a, fr, fd, n FROM counts WHERE n > 0 ORDER BY pid");
    std::string out;
    while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
        out += "\n";
    }
    // Every claim is in the proposition of its own key.
    out += "misfiled: " + db.execAndGet("SELECT count(*) FROM claims c JOIN propositions p ON p.id = c.proposition_id "
                                        "WHERE c.actor <> p.actor OR c.allegation <> p.allegation OR "
                                        "c.hardware <> p.hardware OR c.object <> p.object OR "
                                        "c.hardware_family <> p.hardware_family").getString();
    return out;
}

std::string stored_by_definition(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT id, status, supporting, denying, articles, first_reported, first_denied, claims "
                            "FROM propositions ORDER BY id");
    std::string out;
    while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
        out += "\n";
    }
    return out + "misfiled: 0";
}

// The stored counters equal a recount by PropositionUpdater and one by definition.
void check_recounts(const std::string& path) {
    CHECK(stored_counters_of(path) == rebuilt_counters_of(path));
    CHECK(stored_by_definition(path) == recounted_by_definition(path));
}

}  // namespace

TEST_CASE("Store: an outlet named with and without 'The' is one origin", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "The Ledger reported that DeepSeek used B200 chips.",
            {.claimant = "The Ledger"});
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek used B200 chips, the Ledger reported.",
            {.claimant = "Ledger"});
    const auto p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"The Ledger"});
    CHECK(p.status == "single-source");
    if (!on_postgresql()) check_recounts(t.path());
}

TEST_CASE("open_store: schema 20 merges origins a leading 'The' kept apart", "[store][sqlite]") {
    TempFolder folder;
    const TestFamilies families;
    const std::string path = folder.file("tracker.db");
    {
        auto store = open_store(path, families);
        add_one(*store, "a.txt", "Reuters", "2025-12-10", "The Ledger reported that DeepSeek used B200 chips.",
                {.claimant = "The Ledger"});
        add_one(*store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek used B200 chips, the Ledger reported.",
                {.claimant = "Ledger"});
    }
    {  // as schema 19 kept them: two origins, so corroborated
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE proposition_origins SET claims = 1");
        db.exec("INSERT INTO proposition_origins SELECT proposition_id, polarity, 'the ledger', 'The Ledger', 1, "
                "'2025-12-10', (SELECT id FROM articles WHERE path = 'a.txt') FROM proposition_origins");
        db.exec("UPDATE proposition_origins SET origin = 'Ledger', first_reported = '2025-12-11', "
                "first_article = (SELECT id FROM articles WHERE path = 'b.txt') WHERE origin_key = 'ledger'");
        db.exec("UPDATE propositions SET supporting = 2, status = 'corroborated'");
        db.exec("PRAGMA user_version = 19");
    }
    auto store = open_store(path, families);
    const auto p = store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"The Ledger"});
    CHECK(p.status == "single-source");
    const auto stats = store->stats();  // the kept counts follow the status
    const auto kept = [&](const std::string& status) {
        for (const auto& s : stats.by_status)
            if (s.name == status) return s.count;
        return 0;
    };
    CHECK(kept("corroborated") == 0);
    CHECK(kept("single-source") == 1);
    check_recounts(path);
}

namespace {

std::string rows_of(SQLite::Database& db, const char* sql) {
    SQLite::Statement q(db, sql);
    std::string out;
    while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
        out += "\n";
    }
    return out;
}

// store_counts and articles_per_source as kept (by the store and by the deletions' triggers:
// schema/sqlite/0012, 0014, 0017) and as counted from the tables. A status no proposition has may
// keep a row with 0, so rows of 0 are left out.
std::pair<std::string, std::string> kept_and_counted(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    const std::string kept =
        rows_of(db, "SELECT name, value FROM store_counts WHERE value <> 0 ORDER BY name") +
        rows_of(db, "SELECT source_id, articles FROM articles_per_source ORDER BY source_id");
    const std::string counted =
        rows_of(db, "SELECT name, value FROM (SELECT 'articles' AS name, count(*) AS value FROM articles "
                    "UNION ALL SELECT 'claims', count(*) FROM claims "
                    "UNION ALL SELECT 'propositions', count(*) FROM propositions "
                    "UNION ALL SELECT 'sources', count(DISTINCT source_id) FROM articles "
                    "UNION ALL SELECT 'status:' || status, count(*) FROM propositions GROUP BY status) "
                    "WHERE value <> 0 ORDER BY name") +
        rows_of(db, "SELECT source_id, count(*) FROM articles GROUP BY source_id ORDER BY source_id");
    return {kept, counted};
}

}  // namespace

// `stats` reads counts kept by the store and triggers (schema/sqlite/0012, 0014, 0017); these
// are the same counted.
std::string counted_stats(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    std::string out = std::to_string(db.execAndGet("SELECT count(*) FROM articles").getInt64()) + " " +
                      std::to_string(db.execAndGet("SELECT count(*) FROM claims").getInt64()) + " " +
                      std::to_string(db.execAndGet("SELECT count(*) FROM propositions").getInt64()) + " " +
                      std::to_string(db.execAndGet("SELECT count(DISTINCT source_id) FROM articles").getInt64());
    SQLite::Statement by_status(db, "SELECT status, count(*) FROM propositions GROUP BY status ORDER BY status");
    while (by_status.executeStep())
        out += " " + by_status.getColumn(0).getString() + "=" + std::to_string(by_status.getColumn(1).getInt64());
    return out;
}

std::string kept_stats(Store& store) {
    const StoreStats s = store.stats();
    std::string out = std::to_string(s.articles) + " " + std::to_string(s.claims) + " " +
                      std::to_string(s.propositions) + " " + std::to_string(s.sources);
    for (const auto& [status, count] : s.by_status) out += " " + status + "=" + std::to_string(count);
    return out;
}

TEST_CASE("SqliteStore: counters kept claim by claim equal a recount from the claims", "[store][sqlite]") {
    TestStore t;
    // A small deterministic generator: paths are reused, so later articles replace earlier ones;
    // claims vary in polarity, origin (claimant or publisher, in varying case), chip, date and
    // numbers, so that first claims, first sightings and whole rows come and go.
    RandomPick next(7);
    std::vector<std::int64_t> article_ids;
    for (int round = 0; round < 60; ++round) {
        const std::string path = "story" + std::to_string(next(12)) + ".txt";
        std::string text;
        std::vector<std::string> sentences;
        const std::size_t claims = 1 + next(3);
        for (std::size_t n = 0; n < claims; ++n) {
            std::string sentence = "Sentence " + std::to_string(round) + "." + std::to_string(n) + " says DeepSeek moved " +
                                   counts[next(counts.size())] + " chips and " + counts[next(counts.size())] +
                                   " accounts.";
            if (next(3) == 0) sentence = "Sentence " + std::to_string(round) + "." + std::to_string(n) + " has no number.";
            sentences.push_back(sentence);
            text += sentence + " ";
        }
        text += "Round " + std::to_string(round) + " of a story about " + path + ".";
        Article a = article(path, sources[next(sources.size())], dates[next(dates.size())], text);
        std::vector<Claim> found;
        for (const std::string& sentence : sentences)
            found.push_back(claim(a, sentence,
                                  {.allegation = next(2) ? "smuggling" : "acquired_hardware",
                                   .hardware = chips[next(chips.size())],
                                   .claimant = claimants[next(claimants.size())],
                                   .polarity = next(4) == 0 ? Polarity::denied : Polarity::asserted}));
        const AddResult added = t.store->add_article(a, found, "lex-1");
        article_ids.push_back(added.article_id);
        if (round % 7 == 6) {  // reextract an earlier article: its claims shrink to the first one
            const std::int64_t id = article_ids[next(article_ids.size())];
            if (const auto stored = t.store->load_article(id)) {
                const auto claims_now = t.store->find_claims({});
                std::vector<Claim> kept;
                for (const auto& c : claims_now)
                    if (c.article_id == id && kept.empty()) kept.push_back(c.claim);
                t.store->replace_claims(id, kept, "lex-2");
            }
        }
        if (round % 10 == 9) {
            REQUIRE(kept_stats(*t.store) == counted_stats(t.path()));
            const auto [kept, counted] = kept_and_counted(t.path());
            REQUIRE(kept == counted);
            REQUIRE(stored_counters_of(t.path()) == rebuilt_counters_of(t.path()));
            REQUIRE(stored_by_definition(t.path()) == recounted_by_definition(t.path()));
        }
    }
    const std::string counters = stored_counters_of(t.path());
    CHECK(counters.find("denied") != std::string::npos);       // the run exercised denials,
    CHECK(counters.find("accounts") != std::string::npos);     // quantities,
    CHECK(counters.find("The Information") != std::string::npos);  // and named origins
    CHECK(counters == rebuilt_counters_of(t.path()));
    CHECK(stored_by_definition(t.path()) == recounted_by_definition(t.path()));
    CHECK(counters.find("|Nvidia Hopper|") != std::string::npos);  // families' propositions were made
    CHECK(kept_stats(*t.store) == counted_stats(t.path()));
}

TEST_CASE("Store: origins are listed by their earliest claim, dated before undated", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Undated Wire", "", "DeepSeek trained on B200 chips.");
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on B200 chips, again.");
    add_one(*t.store, "c.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips, too.");
    auto p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"Reuters", "Bloomberg", "Undated Wire"});
    CHECK(p.first_reported == "2025-12-10");
    CHECK(p.articles == 3);
    // Replacing Reuters' story with one dated later moves it behind Bloomberg.
    add_one(*t.store, "c.txt", "Reuters", "2025-12-20", "DeepSeek trained on B200 chips, a week on.");
    p = t.store->find_propositions({}).at(0);
    CHECK(p.supporting_origins == std::vector<std::string>{"Bloomberg", "Reuters", "Undated Wire"});
    CHECK(p.first_reported == "2025-12-11");
    CHECK(p.articles == 3);
}

TEST_CASE("Store: a text search's first page is the timeline's first matches, however it is planned", "[store]") {
    TestStore t;
    // Many matches: the first page walks the timeline index (limit * claims < matches^2).
    for (int i = 0; i < 40; ++i)
        add_one(*t.store, "s" + std::to_string(i) + ".txt", "Reuters", "2025-" + std::to_string(10 + i % 3) + "-1" + std::to_string(i % 10),
                "DeepSeek smuggled chips, report " + std::to_string(i) + ".");
    add_one(*t.store, "rare.txt", "Reuters", "2025-12-01", "DeepSeek trained on B200 chips in Johor.");
    auto ids = [](const std::vector<StoredClaim>& claims) {
        std::vector<std::int64_t> out;
        for (const auto& c : claims) out.push_back(c.id);
        return out;
    };
    const auto all = ids(t.store->find_claims({.text = "smuggled"}));
    REQUIRE(all.size() == 40);
    const auto page = ids(t.store->find_claims({.text = "smuggled", .limit = 5}));
    CHECK(page == std::vector<std::int64_t>(all.begin(), all.begin() + 5));
    // Few matches: fetched by the index of the words, the same answer.
    CHECK(t.store->find_claims({.text = "Johor", .limit = 5}).size() == 1);
    CHECK(t.store->find_claims({.text = "nowhere", .limit = 5}).empty());
}

// issue 17: PostgreSQL indexes the evidence's words whole (schema/postgresql/0015, 3), and an
// index refuses a key of more than ~2,700 bytes; a word that long is kept out of the index, so
// the article is stored and its claim found by that word (by LIKE) as by the others.
TEST_CASE("Store: a claim whose evidence holds a word of 3,000 letters is stored and found by it", "[store]") {
    TestStore t;
    std::string word;  // letters that do not compress (an index key is compressed first)
    for (unsigned i = 0, x = 1; i < 3000; ++i, x = x * 1103515245u + 12345u)
        word += static_cast<char>('a' + (x >> 16) % 26);
    const AddResult added =
        add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips " + word + ".");
    CHECK(added.claims == 1);
    CHECK(t.store->find_claims({.text = word}).size() == 1);
    CHECK(t.store->find_claims({.text = "chips " + word, .limit = 5}).size() == 1);
    CHECK(t.store->find_claims({.text = word + " chips"}).size() == 1);  // both occur, not as a phrase
    CHECK(t.store->find_claims({.text = word.substr(1)}).empty());       // a word is whole
    CHECK(t.store->find_propositions({.text = word}).size() == 1);
}

TEST_CASE("Store: propositions without their claim ids are otherwise the same", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on B200 chips, again.");
    auto with = t.store->find_propositions({});
    auto without = t.store->find_propositions({.with_claim_ids = false});
    REQUIRE(with.size() == 1);
    REQUIRE(without.size() == 1);
    CHECK(with[0].claims.size() == 2);
    CHECK(without[0].claims.empty());
    without[0].claims = with[0].claims;
    CHECK(without[0].supporting_origins == with[0].supporting_origins);
    CHECK(without[0].status == with[0].status);
    CHECK(without[0].articles == with[0].articles);
}

// --- batches (group commit) ------------------------------------------------------------------

namespace {
// Fault injection: the database refuses any article titled "Title of poison.txt".
void poison(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'Title of poison.txt' "
            "BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
}

std::int64_t count_rows(const std::string& path, const char* sql) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}
}  // namespace

// articles_fts is written by the store at the end of an article's transaction or batch
// (schema/sqlite/0011): texts replaced, undone and deleted within a batch leave it equal to the
// articles, as FTS5's integrity check confirms.
TEST_CASE("SqliteStore: the text index follows additions, replacements and undone articles", "[store][sqlite]") {
    TestStore t;
    {
        SQLite::Database db(t.path(), SQLite::OPEN_READWRITE);
        db.exec("CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.text LIKE '%POISON%' "
                "BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
    }
    auto add_text = [&](const std::string& path, const std::string& text) {
        return t.store->add_article(article(path, "Reuters", "2026-01-05", text), {}, "lex-1");
    };
    auto found = [&](const std::string& word) { return t.store->find_articles({.text = word}).size(); };
    auto index_is_whole = [&] {
        SQLite::Database db(t.path(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
        return true;
    };
    {
        GroupCommit batch(*t.store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add_text("a.txt", "The alpha story.");
        add_text("b.txt", "The bravo story.");
        // A replacement that fails after the old text was taken out: the old one stays, indexed.
        CHECK_THROWS_WITH(add_text("a.txt", "The charlie story. POISON"), Catch::Contains("poisoned"));
        add_text("b.txt", "The delta story.");  // replaced before it was ever indexed
        batch.finish();
    }
    CHECK(found("alpha") == 1);
    CHECK(found("bravo") == 0);
    CHECK(found("charlie") == 0);
    CHECK(found("delta") == 1);
    CHECK(index_is_whole());
    {
        GroupCommit batch(*t.store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add_text("a.txt", "The echo story.");  // replaces an indexed text
        batch.finish();
    }
    add_text("f.txt", "The foxtrot story.");  // alone, outside a batch
    CHECK(found("alpha") == 0);
    CHECK(found("echo") == 1);
    CHECK(found("foxtrot") == 1);
    CHECK(index_is_whole());
    {
        GroupCommit batch(*t.store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add_text("g.txt", "The golf story.");
        t.store->rollback_batch();  // a batch undone whole indexes nothing
    }
    CHECK(found("golf") == 0);
    CHECK(index_is_whole());
}

TEST_CASE("SqliteStore: in a batch, a failing article is undone alone and the rest commit together", "[store][sqlite]") {
    TestStore t;
    poison(t.path());
    {
        GroupCommit batch(*t.store, {.max_articles = 100, .max_age = std::chrono::hours(1)});
        add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
        batch.written();
        CHECK_THROWS_WITH(add_one(*t.store, "poison.txt", "Reuters", "2025-12-10", "DeepSeek trained on B300 chips."),
                          Catch::Contains("poisoned"));
        add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on B200 chips, too.");
        batch.written();
        // Not committed yet: another connection sees nothing.
        CHECK(count_rows(t.path(), "SELECT count(*) FROM articles") == 0);
        batch.finish();
    }
    CHECK(count_rows(t.path(), "SELECT count(*) FROM articles") == 2);
    CHECK(count_rows(t.path(), "SELECT count(*) FROM claims") == 2);
    const auto p = t.store->find_propositions({});
    REQUIRE(p.size() == 1);  // the poisoned article's B300 claim left no trace in the counters
    CHECK(p[0].status == "corroborated");
    CHECK(p[0].articles == 2);
    CHECK(stored_counters_of(t.path()) == rebuilt_counters_of(t.path()));
    const auto [kept, counted] = kept_and_counted(t.path());  // the failed article's counts undone with it
    CHECK(kept == counted);
}

TEST_CASE("GroupCommit: batches end when full, and what an exception interrupts stays stored", "[store]") {
    TestStore t;
    // What another connection sees: the committed articles.
    auto committed_articles = [&] { return open_store(t.location(), t.families)->stats().articles; };
    try {
        GroupCommit batch(*t.store, {.max_articles = 2, .max_age = std::chrono::hours(1)});
        for (int i = 0; i < 5; ++i) {
            add_one(*t.store, "s" + std::to_string(i) + ".txt", "Reuters", "2025-12-10",
                    "DeepSeek trained on B200 chips, story " + std::to_string(i) + ".");
            batch.written();
            if (i == 2) CHECK(committed_articles() == 2);  // one batch of 2 ended
        }
        throw std::runtime_error("interrupted");  // before finish(): the destructor commits
    } catch (const std::runtime_error&) {
    }
    CHECK(committed_articles() == 5);
}

TEST_CASE("SqliteStore: rollback_batch undoes the whole batch", "[store][sqlite]") {
    TestStore t;
    add_one(*t.store, "kept.txt", "Reuters", "2025-12-09", "DeepSeek trained on B200 chips.");
    t.store->begin_batch();
    add_one(*t.store, "gone.txt", "Bloomberg", "2025-12-10", "DeepSeek trained on B200 chips, again.");
    t.store->rollback_batch();
    CHECK(count_rows(t.path(), "SELECT count(*) FROM articles") == 1);
    const auto p = t.store->find_propositions({});
    REQUIRE(p.size() == 1);
    CHECK(p[0].status == "single-source");
    CHECK(stored_counters_of(t.path()) == rebuilt_counters_of(t.path()));
}

// --- batches settle their propositions once --------------------------------------------------

namespace {
// Fault injection: the database refuses any claim whose evidence says "poison", so that an
// article fails half-way, after its first claims were counted.
void poison_claims(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("CREATE TRIGGER poison_claim BEFORE INSERT ON claims WHEN new.evidence LIKE '%poison%' "
            "BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
}

// All a reader sees of a database but the times of its writes (updated_at, ingested_at): every
// column of every row of the articles, claims, propositions and their counter rows.
std::string state_of(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    std::string out;
    for (const char* sql : {"SELECT * FROM sources ORDER BY id", "SELECT * FROM articles ORDER BY id",
                            "SELECT * FROM claims ORDER BY id", "SELECT * FROM propositions ORDER BY id",
                            "SELECT * FROM proposition_origins ORDER BY 1, 2, 3",
                            "SELECT * FROM proposition_hardware ORDER BY 1, 2",
                            "SELECT * FROM proposition_quantities ORDER BY 1, 2, 3"}) {
        out += std::string(sql) + "\n";
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            for (int i = 0; i < q.getColumnCount(); ++i) {
                const std::string column = q.getColumnName(i);
                if (column == "updated_at" || column == "ingested_at") continue;
                out += column + "=" + q.getColumn(i).getString() + "|";
            }
            out += "\n";
        }
    }
    return out;
}

// An article whose claims are the given sentences, each with its spec.
std::pair<Article, std::vector<Claim>> story(const std::string& path, const std::string& source,
                                             const std::string& date,
                                             const std::vector<std::pair<std::string, ClaimSpec>>& claims) {
    std::string text;
    for (const auto& [sentence, spec] : claims) text += sentence + " ";
    text += "Background for " + path + " from " + source + " on " + date + ".";
    Article a = article(path, source, date, text);
    std::vector<Claim> found;
    for (const auto& [sentence, spec] : claims) found.push_back(claim(a, sentence, spec));
    return {a, found};
}

const ClaimSpec k_zhipu{.actor = "Zhipu", .allegation = "smuggling", .hardware = "Nvidia H20"};
const ClaimSpec k_minimax{.actor = "MiniMax", .allegation = "distillation", .hardware = "", .object = "Anthropic"};

// Writes that touch the same propositions over and over, with every case a batch must count
// right: articles failing half-way (after some of their claims were counted, in a proposition
// they created or one the batch touched), an article replaced by a new row that takes back its
// id, a proposition emptied by a replacement and then created again by a later article, an
// article re-extracted (and one re-extraction failing).
void write_tricky_day(Store& store) {
    auto add = [&](const std::pair<Article, std::vector<Claim>>& s) {
        return store.add_article(s.first, s.second, "lex-1");
    };
    const auto a = story("a.txt", "Reuters", "2025-12-10", {{"DeepSeek trained on 24,000 B200 chips.", {}}});
    const std::int64_t a_id = add(a).article_id;
    // MiniMax's proposition is created, then undone with the article; Zhipu's takes its id.
    CHECK_THROWS_WITH(add(story("poison.txt", "Reuters", "2025-12-08",
                                {{"DeepSeek trained on 20,000 B200 chips.", {}},
                                 {"MiniMax distilled Claude.", k_minimax},
                                 {"This sentence is poison.", {}}})),
                      Catch::Contains("poisoned"));
    add(story("x.txt", "Pacific Ledger", "2025-12-09", {{"Zhipu smuggled H20 chips.", k_zhipu}}));
    const AddResult b = add(story("b.txt", "Bloomberg", "2025-12-11",
                                  {{"DeepSeek trained on B300 chips, The Information said.",
                                    {.hardware = "Nvidia B300", .claimant = "The Information"}},
                                   {"Zhipu also smuggled H20 chips.", k_zhipu}}));
    // b.txt was the last article: its replacement takes back its id.
    const AddResult b2 = add(story("b.txt", "Bloomberg", "2025-12-12",
                                   {{"DeepSeek never trained on B300 chips, Nvidia said.",
                                     {.hardware = "Nvidia B300", .claimant = "Nvidia",
                                      .polarity = Polarity::denied}}}));
    CHECK(b2.outcome == AddOutcome::replaced);
    CHECK(b2.article_id == b.article_id);
    add(story("m.txt", "Caixin", "2025-12-15", {{"MiniMax distilled Claude, Anthropic said.", k_minimax}}));
    // x.txt's replacement leaves Zhipu's proposition without claims: deleted; z.txt makes it anew.
    CHECK(add(story("x.txt", "Pacific Ledger", "2025-12-13", {{"DeepSeek used 20,000 B200 chips.", {}}})).outcome ==
          AddOutcome::replaced);
    add(story("z.txt", "Caixin", "2025-12-14", {{"Zhipu smuggled H20 chips again.", k_zhipu}}));
    // Re-extractions of a.txt: one finds a B300 claim instead, one fails half-way.
    Claim b300 = a.second.front();
    b300.hardware = "Nvidia B300";
    store.replace_claims(a_id, {b300}, "lex-2");
    Article poisoned = a.first;
    poisoned.text += " This is poison.";
    CHECK_THROWS_WITH(store.replace_claims(a_id, {claim(poisoned, "DeepSeek trained on 24,000 B200 chips.", {}),
                                               claim(poisoned, "This is poison.", {})},
                                           "lex-3"),
                      Catch::Contains("poisoned"));
    add(story("c.txt", "Reuters", "2025-12-16", {{"DeepSeek trained on B200 chips, a third time.", {}}}));
}
}  // namespace

TEST_CASE("SqliteStore: a batch ends as if each of its articles had been written alone", "[store][sqlite]") {
    TestStore batched, alone;
    poison_claims(batched.path());
    poison_claims(alone.path());
    write_tricky_day(*alone.store);
    batched.store->begin_batch();
    write_tricky_day(*batched.store);
    batched.store->commit_batch();
    const std::string state = state_of(batched.path());
    CHECK(state.find("status=contradicted") != std::string::npos);  // the day denied, and
    CHECK(state.find("id=5|actor=Zhipu") != std::string::npos);     // made Zhipu's proposition anew (B300: 3)
    CHECK(state == state_of(alone.path()));
    CHECK(stored_counters_of(batched.path()) == rebuilt_counters_of(batched.path()));
    CHECK(stored_by_definition(batched.path()) == recounted_by_definition(batched.path()));
}

TEST_CASE("SqliteStore: after each batch's COMMIT the database is what writing each article alone gives", "[store][sqlite]") {
    TestStore batched, alone;
    poison_claims(batched.path());
    poison_claims(alone.path());
    // The generator of "counters kept claim by claim", with articles and re-extractions that
    // fail half-way, and batches of 1 to 12 writes.
    const std::vector<std::string> actors = {"DeepSeek", "DeepSeek", "DeepSeek", "Zhipu", "Rare Lab"};
    RandomPick next(11);
    std::map<std::string, std::pair<std::int64_t, std::vector<Claim>>> stored;  // by path: id, claims
    std::size_t batch_end = 1 + next(12);
    int commits = 0, failures = 0;
    batched.store->begin_batch();
    for (std::size_t round = 0; round < 150; ++round) {
        const bool poisoned = next(8) == 0;
        if (round % 5 == 4 && !stored.empty()) {  // re-extract a stored article: its first claim only
            auto entry = stored.begin();
            std::advance(entry, static_cast<std::ptrdiff_t>(next(stored.size())));
            auto& [id, claims] = entry->second;
            std::vector<Claim> kept(claims.begin(), claims.begin() + 1);
            if (poisoned) {
                kept.push_back(claims.front());
                kept.back().evidence = "poison";
            }
            for (Store* store : {batched.store.get(), alone.store.get()}) {
                if (poisoned) CHECK_THROWS_WITH(store->replace_claims(id, kept, "lex-2"), Catch::Contains("poisoned"));
                else CHECK(store->replace_claims(id, kept, "lex-2") == 1);
            }
            if (poisoned) ++failures;
            else claims = kept;
        } else {
            const std::string path = "story" + std::to_string(next(12)) + ".txt";
            std::vector<std::pair<std::string, ClaimSpec>> sentences;
            const std::size_t n_claims = 1 + next(3);
            for (std::size_t n = 0; n < n_claims; ++n) {
                std::string sentence = "Sentence " + std::to_string(round) + "." + std::to_string(n) +
                                       " says it moved " + counts[next(counts.size())] + " chips and " +
                                       counts[next(counts.size())] + " accounts.";
                if (next(3) == 0)
                    sentence = "Sentence " + std::to_string(round) + "." + std::to_string(n) + " has no number.";
                sentences.push_back({sentence,
                                     {.actor = actors[next(actors.size())],
                                      .allegation = next(2) ? "smuggling" : "acquired_hardware",
                                      .hardware = chips[next(chips.size())],
                                      .claimant = claimants[next(claimants.size())],
                                      .polarity = next(4) == 0 ? Polarity::denied : Polarity::asserted}});
            }
            if (poisoned) sentences.push_back({"And then poison " + std::to_string(round) + ".", {}});
            const auto s = story(path, sources[next(sources.size())], dates[next(dates.size())], sentences);
            if (poisoned) {
                for (Store* store : {batched.store.get(), alone.store.get()})
                    CHECK_THROWS_WITH(store->add_article(s.first, s.second, "lex-1"), Catch::Contains("poisoned"));
                ++failures;
            } else {
                const AddResult one = batched.store->add_article(s.first, s.second, "lex-1");
                const AddResult other = alone.store->add_article(s.first, s.second, "lex-1");
                CHECK(one.article_id == other.article_id);
                CHECK(one.outcome == other.outcome);
                stored[path] = {one.article_id, s.second};
            }
        }
        if (round + 1 == batch_end) {
            batched.store->commit_batch();
            ++commits;
            INFO("after round " << round);
            REQUIRE(state_of(batched.path()) == state_of(alone.path()));
            const auto [kept, counted] = kept_and_counted(batched.path());  // stats' counts too
            REQUIRE(kept == counted);
            batch_end = round + 2 + next(12);
            batched.store->begin_batch();
        }
    }
    batched.store->commit_batch();
    CHECK(commits > 10);
    CHECK(failures > 10);
    const std::string state = state_of(batched.path());
    CHECK(state.find("polarity=denied") != std::string::npos);
    CHECK(state.find("unit=accounts") != std::string::npos);
    CHECK(state == state_of(alone.path()));
    CHECK(stored_counters_of(batched.path()) == rebuilt_counters_of(batched.path()));
    CHECK(stored_by_definition(batched.path()) == recounted_by_definition(batched.path()));
}

TEST_CASE("SqliteStore: a batch rolled back leaves nothing pending for the next", "[store][sqlite]") {
    TestStore batched, alone;
    auto write_kept = [](Store& store) {
        add_one(store, "kept.txt", "Reuters", "2025-12-09", "DeepSeek trained on 24,000 B200 chips.");
    };
    auto write_next = [](Store& store) {
        add_one(store, "next.txt", "Caixin", "2025-12-11", "DeepSeek trained on B200 chips, too.");
        add_one(store, "other.txt", "Caixin", "2025-12-12", "MiniMax distilled Claude, again.", k_minimax);
    };
    write_kept(*alone.store);
    write_next(*alone.store);

    write_kept(*batched.store);
    batched.store->begin_batch();
    add_one(*batched.store, "gone.txt", "Bloomberg", "2025-12-08", "DeepSeek trained on 20,000 B200 chips.",
            {.polarity = Polarity::denied});
    add_one(*batched.store, "kept.txt", "Reuters", "2025-12-09", "DeepSeek trained on 2,000 B300 chips.",
            {.hardware = "Nvidia B300"});
    add_one(*batched.store, "new.txt", "Caixin", "2025-12-07", "MiniMax distilled Claude.", k_minimax);
    batched.store->rollback_batch();
    batched.store->begin_batch();
    write_next(*batched.store);
    batched.store->commit_batch();

    CHECK(state_of(batched.path()) == state_of(alone.path()));
    CHECK(stored_counters_of(batched.path()) == rebuilt_counters_of(batched.path()));
    const auto [kept, counted] = kept_and_counted(batched.path());
    CHECK(kept == counted);
}

TEST_CASE("SqliteStore: a source first named by an undone article or batch is its own source again later", "[store][sqlite]") {
    TestStore t;
    poison_claims(t.path());
    auto sources_of = [&] {
        std::string out;
        for (const auto& [name, count] : t.store->sources()) out += name + "=" + std::to_string(count) + " ";
        return out;
    };
    t.store->begin_batch();
    add_one(*t.store, "a.txt", "Wire One", "2025-12-10", "DeepSeek trained on B200 chips.");
    // The store remembers source ids; this one's row goes with the article, and its id is free.
    CHECK_THROWS_WITH(add_one(*t.store, "b.txt", "New Wire", "2025-12-10", "DeepSeek trained on poison chips."),
                      Catch::Contains("poisoned"));
    add_one(*t.store, "c.txt", "Other Wire", "2025-12-11", "DeepSeek trained on B200 chips, too.");
    add_one(*t.store, "d.txt", "new wire", "2025-12-12", "DeepSeek trained on B200 chips, again.");
    t.store->commit_batch();
    CHECK(sources_of() == "new wire=1 Other Wire=1 Wire One=1 ");
    t.store->begin_batch();
    add_one(*t.store, "e.txt", "Rolled Wire", "2025-12-13", "DeepSeek trained on B200 chips, once more.");
    t.store->rollback_batch();
    t.store->begin_batch();
    add_one(*t.store, "f.txt", "Late Wire", "2025-12-14", "DeepSeek trained on B200 chips, later.");
    add_one(*t.store, "g.txt", "Rolled Wire", "2025-12-15", "DeepSeek trained on B200 chips, at last.");
    t.store->commit_batch();
    CHECK(sources_of() == "Late Wire=1 new wire=1 Other Wire=1 Rolled Wire=1 Wire One=1 ");
    const auto [kept, counted] = kept_and_counted(t.path());
    CHECK(kept == counted);
}

TEST_CASE("SqliteStore: a batch whose settling fails is undone whole, and the next batch writes", "[store][sqlite]") {
    TestStore t;
    add_one(*t.store, "kept.txt", "Reuters", "2025-12-09", "DeepSeek trained on B200 chips.");
    {
        SQLite::Database db(t.path(), SQLite::OPEN_READWRITE);
        db.exec("CREATE TRIGGER refuse_contradicted BEFORE UPDATE OF status ON propositions "
                "WHEN new.status = 'contradicted' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    }
    t.store->begin_batch();
    add_one(*t.store, "denial.txt", "Bloomberg", "2025-12-10", "DeepSeek never trained on B200 chips.",
            {.polarity = Polarity::denied});
    CHECK_THROWS_WITH(t.store->commit_batch(), Catch::Contains("refused"));
    CHECK(count_rows(t.path(), "SELECT count(*) FROM articles") == 1);
    GroupCommit batch(*t.store);
    add_one(*t.store, "more.txt", "Caixin", "2025-12-11", "DeepSeek trained on B200 chips, too.");
    batch.written();
    batch.finish();
    CHECK(count_rows(t.path(), "SELECT count(*) FROM articles") == 2);
    const auto p = t.store->find_propositions({});
    REQUIRE(p.size() == 1);
    CHECK(p[0].status == "corroborated");
    CHECK(p[0].articles == 2);
    CHECK(stored_counters_of(t.path()) == rebuilt_counters_of(t.path()));
    const auto [kept, counted] = kept_and_counted(t.path());  // the undone batch's counts undone too
    CHECK(kept == counted);
}

// --- families (schema/sqlite/0009) ------------------------------------------------------------

namespace {
const ClaimSpec k_h20{.hardware = "Nvidia H20"};
const ClaimSpec k_h800{.hardware = "Nvidia H800"};
const ClaimSpec k_hopper{.hardware = "Nvidia Hopper"};

Proposition proposition_about(Store& store, const std::string& hardware) {
    for (auto& p : store.find_propositions({.hardware = hardware}))
        if (p.hardware == hardware) return p;
    FAIL("no proposition about " << hardware);
    return {};
}
}  // namespace

TEST_CASE("Store: each chip has its own proposition, and siblings stay apart", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on B300 chips.", {.hardware = "Nvidia B300"});
    add_one(*t.store, "c.txt", "Caixin", "2025-12-12", "DeepSeek trained on H800 chips.", k_h800);
    const auto propositions = t.store->find_propositions({});
    REQUIRE(propositions.size() == 3);  // no claim names a family: no family's proposition
    for (const auto& p : propositions) {
        CHECK(p.status == "single-source");
        CHECK(p.articles == 1);
        CHECK(p.claims.size() == 1);
    }
    CHECK(proposition_about(*t.store, "Nvidia B200").supporting_origins == std::vector<std::string>{"Reuters"});
    CHECK(proposition_about(*t.store, "Nvidia B300").supporting_origins == std::vector<std::string>{"Bloomberg"});
}

TEST_CASE("Store: a family's proposition is corroborated by a member's claim and its own", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    const auto family = proposition_about(*t.store, "Nvidia Hopper");
    CHECK(family.status == "corroborated");
    CHECK(family.supporting_origins == std::vector<std::string>{"Reuters", "Bloomberg"});
    CHECK(family.articles == 2);
    CHECK(family.claims.size() == 2);  // the member's claim is listed with it
    CHECK(family.first_reported == "2025-12-10");
    CHECK(t.store->find_claims({.proposition_id = family.id}).size() == 2);
    // A claim about the family does not speak for the member.
    const auto member = proposition_about(*t.store, "Nvidia H800");
    CHECK(member.status == "single-source");
    CHECK(member.supporting_origins == std::vector<std::string>{"Reuters"});
    CHECK(member.articles == 1);
    CHECK(member.claims.size() == 1);
    CHECK(t.store->find_claims({.proposition_id = member.id}).size() == 1);
    // Each claim shows its own proposition's standing.
    const auto claims = t.store->find_claims({});
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].proposition_id == member.id);
    CHECK(claims[0].status == "single-source");
    CHECK(claims[1].proposition_id == family.id);
    CHECK(claims[1].status == "corroborated");
    CHECK(claims[1].supporting == 2);
}

TEST_CASE("Store: a family's proposition made after its members counts their claims", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-09", "DeepSeek denied training on H20 chips.",
            {.hardware = "Nvidia H20", .claimant = "DeepSeek", .polarity = Polarity::denied});
    add_one(*t.store, "c.txt", "Reuters", "2025-12-12", "DeepSeek trained on H800 chips, again.", k_h800);
    CHECK(t.store->find_propositions({}).size() == 2);
    // One article names the family after a member: the family's proposition starts with all of them.
    const auto s = story("d.txt", "Caixin", "2025-12-13",
                         {{"DeepSeek trained on H800 chips, Caixin learnt.", k_h800},
                          {"Its Hopper cluster is large.", k_hopper}});
    t.store->add_article(s.first, s.second, "lex-1");
    const auto family = proposition_about(*t.store, "Nvidia Hopper");
    CHECK(family.supporting_origins == std::vector<std::string>{"Reuters", "Caixin"});
    CHECK(family.denying_origins == std::vector<std::string>{"DeepSeek"});
    CHECK(family.status == "contradicted");
    CHECK(family.articles == 4);
    CHECK(family.claims.size() == 5);
    CHECK(family.first_denied == "2025-12-09");
    CHECK(proposition_about(*t.store, "Nvidia H800").status == "corroborated");
    CHECK(proposition_about(*t.store, "Nvidia H20").status == "denied");
    if (!on_postgresql()) check_recounts(t.path());  // SQLite's counters against its recount
}

// issue 17: PostgreSQL reads a family's claim ids member by member (schema/postgresql/0015, 1);
// they are listed in one ascending order, as SQLite lists them.
TEST_CASE("Store: a family's claim ids are ascending across its members' claims and its own", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    add_one(*t.store, "c.txt", "Caixin", "2025-12-12", "DeepSeek trained on H20 chips.", {.hardware = "Nvidia H20"});
    add_one(*t.store, "d.txt", "Nikkei", "2025-12-13", "DeepSeek trained on Hopper GPUs, too.", k_hopper);
    add_one(*t.store, "e.txt", "Reuters", "2025-12-14", "DeepSeek trained on H800 chips, again.", k_h800);
    std::vector<std::int64_t> all;
    for (const auto& c : t.store->find_claims({})) all.push_back(c.id);
    std::sort(all.begin(), all.end());
    const auto family = proposition_about(*t.store, "Nvidia Hopper");
    CHECK(family.claims == all);
    for (const ClaimFilter& page : {ClaimFilter{.limit = 1}, ClaimFilter{.hardware = "Nvidia Hopper"}}) {
        const auto found = t.store->find_propositions(page);
        REQUIRE(!found.empty());
        CHECK(std::is_sorted(found.front().claims.begin(), found.front().claims.end()));
    }
}

TEST_CASE("Store: replacing or removing an article updates the member's and the family's proposition", "[store]") {
    TestStore t;
    add_one(*t.store, "member.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "family.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    REQUIRE(proposition_about(*t.store, "Nvidia Hopper").status == "corroborated");
    SECTION("the member's article replaced by a denial") {
        add_one(*t.store, "member.txt", "Reuters", "2025-12-12", "DeepSeek did not train on H800 chips.",
                {.hardware = "Nvidia H800", .polarity = Polarity::denied});
        const auto family = proposition_about(*t.store, "Nvidia Hopper");
        CHECK(family.status == "contradicted");
        CHECK(family.denying_origins == std::vector<std::string>{"Reuters"});
        CHECK(family.articles == 2);
        CHECK(proposition_about(*t.store, "Nvidia H800").status == "denied");
    }
    SECTION("the member's article replaced by one about something else") {
        add_one(*t.store, "member.txt", "Reuters", "2025-12-12", "Zhipu smuggled H20 chips.", k_zhipu);
        const auto family = proposition_about(*t.store, "Nvidia Hopper");
        CHECK(family.status == "single-source");
        CHECK(family.supporting_origins == std::vector<std::string>{"Bloomberg"});
        CHECK(family.articles == 1);
        CHECK(family.claims.size() == 1);
        CHECK(t.store->find_propositions({.hardware = "Nvidia H800"}).empty());
    }
    SECTION("the family's article re-extracted without its claim") {
        std::int64_t id = 0;
        for (const auto& c : t.store->find_claims({}))
            if (c.claim.hardware == "Nvidia Hopper") id = c.article_id;
        t.store->replace_claims(id, {}, "lex-2");
        CHECK(t.store->find_propositions({}).size() == 1);  // no claim names the family any more
        CHECK(proposition_about(*t.store, "Nvidia H800").status == "single-source");
    }
    SECTION("in a batch, the family's article replaced and then named again") {
        t.store->begin_batch();
        add_one(*t.store, "family.txt", "Bloomberg", "2025-12-12", "Zhipu smuggled H20 chips.", k_zhipu);
        add_one(*t.store, "later.txt", "Caixin", "2025-12-13", "DeepSeek holds Hopper GPUs.", k_hopper);
        t.store->commit_batch();
        const auto family = proposition_about(*t.store, "Nvidia Hopper");
        CHECK(family.supporting_origins == std::vector<std::string>{"Reuters", "Caixin"});
        CHECK(family.articles == 2);
    }
    if (!on_postgresql()) check_recounts(t.path());  // SQLite's counters against its recount
}

TEST_CASE("Store: the --status filter keeps exactly the propositions and claims of that status", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    add_one(*t.store, "c.txt", "Caixin", "2025-12-12", "DeepSeek never trained on H20 chips.",
            {.hardware = "Nvidia H20", .polarity = Polarity::denied});
    const auto all = t.store->find_propositions({});
    const auto claims = t.store->find_claims({});
    std::size_t propositions_seen = 0, claims_seen = 0;
    for (const char* status : {"corroborated", "contradicted", "denied", "single-source"}) {
        INFO(status);
        for (const auto& p : t.store->find_propositions({.status = status})) {
            CHECK(p.status == status);
            CHECK(t.store->find_proposition(p.id)->status == status);
            ++propositions_seen;
        }
        for (const auto& c : t.store->find_claims({.status = status})) {
            CHECK(c.status == status);
            CHECK(t.store->find_proposition(c.proposition_id)->status == status);
            ++claims_seen;
        }
    }
    CHECK(propositions_seen == all.size());
    CHECK(claims_seen == claims.size());
    CHECK(t.store->find_propositions({.status = "contradicted"}).at(0).hardware == "Nvidia Hopper");
    const auto stats = t.store->stats();
    CHECK(stats.propositions == 3);
    CHECK(stats.by_status.size() == 3);
}

TEST_CASE("Store: --hardware finds a family's proposition with its members', a member's only its own", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips.", k_h800);
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    add_one(*t.store, "c.txt", "Caixin", "2025-12-12", "DeepSeek trained on B200 chips.");
    CHECK(t.store->find_propositions({.hardware = "Nvidia Hopper"}).size() == 2);
    CHECK(t.store->find_propositions({.hardware = "nvidia h800"}).size() == 1);
    CHECK(t.store->find_propositions({.hardware = "Nvidia Blackwell"}).size() == 1);
    CHECK(t.store->find_claims({.hardware = "Nvidia Hopper"}).size() == 2);
}

TEST_CASE("Store: filters on claims find a family's proposition through its members' claims", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on H800 chips in Guizhou, Wang said.",
            {.hardware = "Nvidia H800", .claimant = "Wang"});
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "DeepSeek trained on Hopper GPUs.", k_hopper);
    auto hardware_of = [](const std::vector<Proposition>& propositions) {
        std::vector<std::string> out;
        for (const auto& p : propositions) out.push_back(p.hardware);
        return out;
    };
    const std::vector<std::string> both = {"Nvidia H800", "Nvidia Hopper"};
    CHECK(hardware_of(t.store->find_propositions({.claimant = "Wang"})) == both);
    CHECK(hardware_of(t.store->find_propositions({.source = "Reuters"})) == both);
    CHECK(hardware_of(t.store->find_propositions({.text = "Guizhou"})) == both);
    // The family's own claim speaks for no member.
    const std::vector<std::string> family = {"Nvidia Hopper"};
    CHECK(hardware_of(t.store->find_propositions({.source = "Bloomberg"})) == family);
    CHECK(hardware_of(t.store->find_propositions({.text = "GPUs"})) == family);
}

// --- queries -------------------------------------------------------------------------------

namespace {
// Four claims over three publishers, for the filter tests.
void add_corpus(Store& store) {
    add_one(store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.",
            {.event_date = "2025-01"});
    add_one(store, "b.txt", "Pacific Ledger", "2025-11-02", "Moonshot AI used H800 chips, analysts said.",
            {.actor = "Moonshot AI", .allegation = "acquired_hardware", .hardware = "Nvidia H800",
             .claimant = "analysts"});
    add_one(store, "c.txt", "Bloomberg", "2026-02-24", "Anthropic accused MiniMax of distillation.",
            {.actor = "MiniMax", .allegation = "distillation", .hardware = "", .object = "Anthropic",
             .claimant = "Anthropic"});
    add_one(store, "d.txt", "Bloomberg", "2025-12-20", "DeepSeek trained on Blackwell, according to The Information.",
            {.hardware = "Nvidia Blackwell", .claimant = "The Information"});
}

std::vector<std::string> evidence_of(const std::vector<StoredClaim>& claims) {
    std::vector<std::string> out;
    for (const auto& c : claims) out.push_back(c.claim.evidence.substr(0, 12));
    return out;
}
}  // namespace

TEST_CASE("Store: find_claims filters and orders the timeline", "[store]") {
    TestStore t;
    add_corpus(*t.store);
    SECTION("no filter: oldest first by event date, else reported date") {
        CHECK(evidence_of(t.store->find_claims({})) ==
              std::vector<std::string>{"DeepSeek tra", "Moonshot AI ", "DeepSeek tra", "Anthropic ac"});
        CHECK(t.store->find_claims({}).at(0).claim.event_date == "2025-01");
    }
    SECTION("actor, case-insensitively") {
        CHECK(t.store->find_claims({.actor = "deepseek"}).size() == 2);
        CHECK(t.store->find_claims({.actor = "Deep"}).empty());
    }
    SECTION("allegation") { CHECK(t.store->find_claims({.allegation = "distillation"}).size() == 1); }
    SECTION("hardware: a family finds its members, a member only itself") {
        CHECK(t.store->find_claims({.hardware = "Nvidia Blackwell"}).size() == 2);
        CHECK(t.store->find_claims({.hardware = "Nvidia B200"}).size() == 1);
        CHECK(t.store->find_claims({.hardware = "Nvidia Hopper"}).size() == 1);
    }
    SECTION("claimant") { CHECK(t.store->find_claims({.claimant = "The Information"}).size() == 1); }
    SECTION("source, case-insensitively") {
        CHECK(t.store->find_claims({.source = "bloomberg"}).size() == 2);
        CHECK(t.store->find_claims({.source = "Nobody"}).empty());
    }
    SECTION("status: the Blackwell family's claim is corroborated by the B200 claim, not the reverse") {
        CHECK(evidence_of(t.store->find_claims({.status = "corroborated"})) == std::vector<std::string>{"DeepSeek tra"});
        CHECK(t.store->find_claims({.status = "corroborated"}).at(0).claim.hardware == "Nvidia Blackwell");
        CHECK(t.store->find_claims({.status = "single-source"}).size() == 3);
    }
    SECTION("since and until, a partial date spanning its month") {
        CHECK(evidence_of(t.store->find_claims({.since = "2025-12-01"})) ==
              std::vector<std::string>{"DeepSeek tra", "Anthropic ac"});
        CHECK(t.store->find_claims({.until = "2025-01-15"}).size() == 1);  // event 2025-01
        CHECK(t.store->find_claims({.since = "2025-01-15", .until = "2025-01-20"}).size() == 1);
        CHECK(t.store->find_claims({.until = "2025-11"}).size() == 2);  // whole of November
    }
    SECTION("text: every word must occur in the evidence") {
        CHECK(t.store->find_claims({.text = "chips"}).size() == 2);
        CHECK(t.store->find_claims({.text = "DeepSeek chips"}).size() == 1);
        CHECK(t.store->find_claims({.text = "  "}).size() == 4);
    }
    SECTION("proposition (a family's counts its members' claims) and limit") {
        const auto member = t.store->find_claims({}).at(0);
        CHECK(t.store->find_claims({.proposition_id = member.proposition_id}).size() == 1);
        const auto family = t.store->find_claims({.claimant = "The Information"}).at(0);
        CHECK(t.store->find_claims({.proposition_id = family.proposition_id}).size() == 2);
        CHECK(t.store->find_claims({.limit = 3}).size() == 3);
    }
    SECTION("find_claim") {
        const auto all = t.store->find_claims({});
        const auto one = t.store->find_claim(all.at(1).id);
        REQUIRE(one);
        CHECK(one->claim.actor == "Moonshot AI");
        CHECK(one->origin == "Pacific Ledger");  // anonymous analysts: the publisher
        CHECK(one->article_path == "b.txt");
        CHECK_FALSE(t.store->find_claim(999));
    }
}

TEST_CASE("Store: find_propositions filters", "[store]") {
    TestStore t;
    add_corpus(*t.store);
    CHECK(t.store->find_propositions({}).size() == 4);  // B200 and its family Blackwell apart
    CHECK(t.store->find_propositions({.actor = "DEEPSEEK"}).size() == 2);
    CHECK(t.store->find_propositions({.allegation = "distillation"}).at(0).actor == "MiniMax");
    CHECK(t.store->find_propositions({.hardware = "Nvidia B200"}).size() == 1);
    CHECK(t.store->find_propositions({.hardware = "Nvidia Hopper"}).at(0).actor == "Moonshot AI");
    CHECK(t.store->find_propositions({.status = "corroborated"}).size() == 1);
    CHECK(t.store->find_propositions({.since = "2025-12-01"}).size() == 3);
    const auto one = t.store->find_propositions({.actor = "MiniMax"}).at(0);
    const auto found = t.store->find_proposition(one.id);
    REQUIRE(found);
    CHECK(found->object == "Anthropic");
    CHECK(found->supporting_origins == std::vector<std::string>{"Anthropic"});
    CHECK_FALSE(t.store->find_proposition(999));
}

TEST_CASE("Store: --min-confidence keeps sure claims, and propositions holding one", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips, Reuters said.",
            {.confidence = 0.55});
    add_one(*t.store, "b.txt", "Bloomberg", "2025-12-11", "MiniMax distilled Claude, Bloomberg said.",
            {.actor = "MiniMax", .allegation = "distillation", .hardware = "", .object = "Anthropic",
             .confidence = 0.93});
    const auto sure = t.store->find_claims({.min_confidence = 0.8});
    REQUIRE(sure.size() == 1);
    CHECK(sure.front().claim.actor == "MiniMax");
    CHECK(t.store->find_claims({.min_confidence = 0.5}).size() == 2);
    const auto propositions = t.store->find_propositions({.min_confidence = 0.8});
    REQUIRE(propositions.size() == 1);
    CHECK(propositions.front().actor == "MiniMax");
}

TEST_CASE("Store: open-world actors are kept marked, and listed newest first", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2026-02-01", "Ilse Marant smuggled H100 chips, Reuters said.",
            {.actor = "Ilse Marant", .allegation = "smuggling", .hardware = "Nvidia H100", .confidence = 0.7,
             .open_world_kind = "person"});
    add_one(*t.store, "b.txt", "Bloomberg", "2026-02-09", "Ilse Marant bought H200 chips, Bloomberg said.",
            {.actor = "Ilse Marant", .allegation = "acquired_hardware", .hardware = "Nvidia H200", .confidence = 0.9,
             .open_world_kind = "person"});
    add_one(*t.store, "c.txt", "Reuters", "2026-03-01", "Corvane Ltd bought H20 chips, Reuters said.",
            {.actor = "Corvane Ltd", .allegation = "acquired_hardware", .hardware = "Nvidia H20",
             .open_world_kind = "company"});
    add_one(*t.store, "d.txt", "Reuters", "2026-04-01", "DeepSeek trained on B200 chips, Reuters said.");

    const auto stored = t.store->find_claims({.actor = "Ilse Marant"});
    REQUIRE(stored.size() == 2);
    CHECK(stored.front().claim.open_world);
    CHECK(stored.front().claim.actor_kind == "person");
    const auto known = t.store->find_claims({.actor = "DeepSeek"});
    REQUIRE(known.size() == 1);
    CHECK_FALSE(known.front().claim.open_world);

    const auto actors = t.store->open_world_actors();
    REQUIRE(actors.size() == 2);  // DeepSeek is no open-world actor
    CHECK(actors[0].name == "Corvane Ltd");  // first seen last: newest first
    CHECK(actors[0].kind == "company");
    CHECK(actors[1].name == "Ilse Marant");
    CHECK(actors[1].claims == 2);
    CHECK(actors[1].first_seen == "2026-02-01");
    CHECK(actors[1].last_seen == "2026-02-09");
    CHECK(actors[1].evidence == "Ilse Marant bought H200 chips, Bloomberg said.");  // the most confident
}

TEST_CASE("Store: find_articles, actors, sources and stats", "[store]") {
    TestStore t;
    add_corpus(*t.store);
    const auto all = t.store->find_articles({});
    REQUIRE(all.size() == 4);
    CHECK(all[0].path == "b.txt");  // by reported date
    CHECK(all[0].claims == 1);
    CHECK(all[0].ingested_at.size() == 20);
    CHECK(t.store->find_articles({.source = "bloomberg"}).size() == 2);
    CHECK(t.store->find_articles({.since = "2025-12-01", .until = "2025-12"}).size() == 2);
    CHECK(t.store->find_articles({.text = "distillation"}).size() == 1);
    CHECK(t.store->find_articles({.limit = 1}).size() == 1);
    CHECK(t.store->actors().at(0).name == "DeepSeek");
    CHECK(t.store->actors().at(0).count == 2);
    CHECK(t.store->sources().at(0).name == "Bloomberg");
    CHECK(t.store->sources().at(0).count == 2);
    const auto stats = t.store->stats();
    CHECK(stats.articles == 4);
    CHECK(stats.claims == 4);
    CHECK(stats.propositions == 4);
    CHECK(stats.sources == 3);
    CHECK(stats.bytes > 0);
    CHECK_FALSE(stats.last_import.empty());
    CHECK(stats.by_status.size() == 2);
}

TEST_CASE("Store: hostile text filters are taken literally", "[store]") {
    TestStore t;
    add_corpus(*t.store);
    for (const char* text : {"\"", "'", "%", "_", "*", "OR", "NEAR(", "chips OR", "NOT chips", "-chips",
                             "chips*", "evidence:chips", "'; DROP TABLE claims; --", "\"chips\" OR \"",
                             "^DeepSeek", "(chips", "a AND"}) {
        INFO(text);
        CHECK_NOTHROW(t.store->find_claims({.text = text}));
        CHECK_NOTHROW(t.store->find_propositions({.text = text}));
        CHECK_NOTHROW(t.store->find_articles({.text = text}));
        CHECK_NOTHROW(t.store->find_claims({.actor = text, .claimant = text, .source = text}));
    }
    CHECK(t.store->find_claims({.text = "'; DROP TABLE claims; --"}).empty());
    CHECK(t.store->find_claims({.text = "NOT chips"}).empty());  // "not" occurs nowhere
    CHECK(t.store->find_claims({.text = "chips*"}).size() == 2);  // '*' is no prefix operator
    CHECK(t.store->stats().claims == 4);
}

// --- opening -------------------------------------------------------------------------------

TEST_CASE("open_store: a file that is not a database is refused, naming it", "[store][sqlite]") {
    TempFolder folder;
    const std::string path = folder.file("notes.db");
    std::ofstream(path) << "These are my notes, not a database. They go on for a while, to fill a page.\n";
    TestFamilies families;
    CHECK_THROWS_WITH(open_store(path, families), path + ": not a tracker database (not an SQLite file)");
}

TEST_CASE("open_store: another program's SQLite database is refused", "[store][sqlite]") {
    TempFolder folder;
    const std::string path = folder.file("other.db");
    SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE t (x)");
    TestFamilies families;
    CHECK_THROWS_WITH(open_store(path, families),
                      path + ": not a tracker database (it has tables but no tracker schema version)");
}

TEST_CASE("open_store: a database newer than the binary is refused", "[store][sqlite]") {
    TestStore t;
    t.store.reset();
    SQLite::Database(t.path(), SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 999");
    CHECK_THROWS_WITH(open_store(t.path(), t.families),
                      Catch::Matchers::StartsWith(t.path() + ": database schema version 999 is newer"));
}

TEST_CASE("open_store: creates the folder, migrates, and reopens", "[store][sqlite]") {
    TempFolder folder;
    TestFamilies families;
    const std::string path = folder.file("deep/er/tracker.db");
    {
        auto store = open_store("sqlite:" + path, families);
        add_one(*store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained on B200 chips.");
    }
    CHECK(fs::exists(path));
    auto store = open_store(path, families);
    CHECK(store->stats().claims == 1);
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() >= 1);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
}

namespace {
// What a tracker of schema 8 wrote: propositions keyed by the family of their chips, with
// hardware_display the one chip all their claims name, else the family.
void write_schema_8(const std::string& path) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    std::vector<store::Migration> up_to_8 = store::Migrator::embedded();
    REQUIRE(up_to_8.size() >= 9);
    up_to_8.resize(8);
    store::Migrator(db, path).migrate(up_to_8);
    db.exec("INSERT INTO sources (id, name) VALUES (1, 'Reuters'), (2, 'The Decoder'), (3, 'Caixin')");
    for (int a = 1; a <= 3; ++a)
        db.exec("INSERT INTO articles (id, identity, path, source_id, reported_date, text, content_hash, simhash, "
                "band0, band1, band2, band3, origin_source) SELECT " + std::to_string(a) + ", 'a" + std::to_string(a) +
                ".txt', 'a" + std::to_string(a) + ".txt', " + std::to_string(a) + ", '2025-12-1" + std::to_string(a) +
                "', 'Text.', 'h" + std::to_string(a) + "', " + std::to_string(a) + ", 0, 0, 0, " + std::to_string(a) +
                ", name FROM sources WHERE id = " + std::to_string(a));
    // Stale standings on purpose: the migration recounts them.
    db.exec("INSERT INTO propositions (id, actor, allegation, hardware, object, hardware_display, claims, articles) VALUES "
            "(1, 'DeepSeek', 'acquired_hardware', 'Nvidia Hopper', '', 'Nvidia Hopper', 3, 3), "
            "(2, 'US government', 'export_approval', 'Nvidia Hopper', '', 'Nvidia H200', 2, 2), "
            "(3, 'US government', 'export_restriction', 'Nvidia Hopper', '', 'Nvidia Hopper', 2, 2), "
            "(4, 'MiniMax', 'distillation', '', 'Anthropic', '', 1, 1)");
    db.exec("INSERT INTO claims (id, article_id, proposition_id, actor, allegation, hardware, hardware_family, object, "
            "claimant, polarity, modality, when_start, when_end, evidence, evidence_start, evidence_end, confidence, "
            "origin, reported_date) VALUES "
            "(1, 1, 1, 'DeepSeek', 'acquired_hardware', 'Nvidia H100', 'Nvidia Hopper', '', 'Alexandr Wang', "
            "'asserted', 'stated', '2025-12-11', '2025-12-11', 'Text.', 0, 5, 0.8, 'Alexandr Wang', '2025-12-11'), "
            "(2, 2, 1, 'DeepSeek', 'acquired_hardware', 'Nvidia Hopper', 'Nvidia Hopper', '', '', "
            "'asserted', 'stated', '2025-12-12', '2025-12-12', 'Text.', 0, 5, 0.8, 'The Decoder', '2025-12-12'), "
            "(3, 3, 1, 'DeepSeek', 'acquired_hardware', 'Nvidia H100', 'Nvidia Hopper', '', 'Alexandr Wang', "
            "'asserted', 'stated', '2025-12-13', '2025-12-13', 'Text.', 0, 5, 0.8, 'Alexandr Wang', '2025-12-13'), "
            "(4, 1, 2, 'US government', 'export_approval', 'Nvidia H200', 'Nvidia Hopper', '', '', "
            "'asserted', 'stated', '2025-12-11', '2025-12-11', 'Text.', 0, 5, 0.8, 'Reuters', '2025-12-11'), "
            "(5, 2, 2, 'US government', 'export_approval', 'Nvidia H200', 'Nvidia Hopper', '', '', "
            "'asserted', 'stated', '2025-12-12', '2025-12-12', 'Text.', 0, 5, 0.8, 'The Decoder', '2025-12-12'), "
            "(6, 3, 3, 'US government', 'export_restriction', 'Nvidia H20', 'Nvidia Hopper', '', '', "
            "'asserted', 'stated', '2025-12-13', '2025-12-13', 'Text.', 0, 5, 0.8, 'Caixin', '2025-12-13'), "
            "(7, 1, 3, 'US government', 'export_restriction', 'Nvidia H200', 'Nvidia Hopper', '', '', "
            "'asserted', 'stated', '2025-12-11', '2025-12-11', 'Text.', 0, 5, 0.8, 'Reuters', '2025-12-11'), "
            "(8, 3, 4, 'MiniMax', 'distillation', '', '', 'Anthropic', 'Anthropic', "
            "'asserted', 'alleged', '2025-12-13', '2025-12-13', 'Text.', 0, 5, 0.8, 'Anthropic', '2025-12-13')");
}

std::map<std::string, Proposition> propositions_by_what(Store& store) {
    std::map<std::string, Proposition> out;
    for (auto& p : store.find_propositions({})) out[p.allegation + " " + p.hardware + p.object] = p;
    return out;
}
}  // namespace

TEST_CASE("open_store: a database of schema 8 gets a proposition per chip, its families rolling up", "[store][sqlite]") {
    TempFolder folder;
    const TestFamilies families;
    const std::string path = folder.file("tracker.db");
    write_schema_8(path);
    auto store = open_store(path, families);
    CHECK(count_rows(path, "PRAGMA user_version") >= 9);
    auto p = propositions_by_what(*store);
    REQUIRE(p.size() == 6);
    // The family's proposition keeps its id and counts the H100 claims as well.
    const Proposition& hopper = p.at("acquired_hardware Nvidia Hopper");
    CHECK(hopper.id == 1);
    CHECK(hopper.status == "corroborated");
    CHECK(hopper.supporting_origins == std::vector<std::string>{"Alexandr Wang", "The Decoder"});
    CHECK(hopper.articles == 3);
    CHECK(hopper.claims == std::vector<std::int64_t>{1, 2, 3});
    const Proposition& h100 = p.at("acquired_hardware Nvidia H100");
    CHECK(h100.status == "single-source");
    CHECK(h100.articles == 2);
    CHECK(h100.claims == std::vector<std::int64_t>{1, 3});
    // All its claims named H200: it becomes H200's proposition, under its id.
    CHECK(p.at("export_approval Nvidia H200").id == 2);
    CHECK(p.at("export_approval Nvidia H200").status == "corroborated");
    // Two chips and no claim naming the family: two propositions, and the family's is gone.
    CHECK(p.at("export_restriction Nvidia H20").claims == std::vector<std::int64_t>{6});
    CHECK(p.at("export_restriction Nvidia H200").claims == std::vector<std::int64_t>{7});
    CHECK_FALSE(store->find_proposition(3));
    CHECK(p.at("distillation Anthropic").id == 4);
    CHECK(p.at("distillation Anthropic").supporting_origins == std::vector<std::string>{"Anthropic"});
    check_recounts(path);
    // The migrated database goes on: a claim naming the family makes its proposition, with both chips.
    add_one(*store, "new.txt", "Bloomberg", "2025-12-20", "Washington restricted Hopper exports.",
            {.actor = "US government", .allegation = "export_restriction", .hardware = "Nvidia Hopper"});
    p = propositions_by_what(*store);
    CHECK(p.at("export_restriction Nvidia Hopper").supporting_origins ==
          std::vector<std::string>{"Reuters", "Caixin", "Bloomberg"});
    CHECK(stored_by_definition(path) == recounted_by_definition(path));
}

TEST_CASE("open_store: a database of schema 8 with a chip an older lexicon had without family migrates", "[store][sqlite]") {
    TempFolder folder;
    const TestFamilies families;
    const std::string path = folder.file("tracker.db");
    write_schema_8(path);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO propositions (id, actor, allegation, hardware, object, hardware_display) VALUES "
                "(5, 'DeepSeek', 'trained_on', 'Nvidia H800', '', 'Nvidia H800'), "
                "(6, 'DeepSeek', 'trained_on', 'Nvidia Hopper', '', 'Nvidia H800')");
        db.exec("INSERT INTO claims (id, article_id, proposition_id, actor, allegation, hardware, hardware_family, "
                "polarity, modality, when_start, when_end, evidence, evidence_start, evidence_end, confidence, origin, "
                "reported_date) VALUES "
                "(9, 1, 5, 'DeepSeek', 'trained_on', 'Nvidia H800', 'Nvidia H800', 'asserted', 'stated', '', '', "
                "'Text.', 0, 5, 0.8, 'Reuters', '2025-12-11'), "
                "(10, 2, 6, 'DeepSeek', 'trained_on', 'Nvidia H800', 'Nvidia Hopper', 'asserted', 'stated', '', '', "
                "'Text.', 0, 5, 0.8, 'The Decoder', '2025-12-12')");
    }
    auto store = open_store(path, families);
    const auto trained = store->find_propositions({.allegation = "trained_on"});
    REQUIRE(trained.size() == 1);  // the family's, left empty, is gone
    CHECK(trained[0].id == 5);
    CHECK(trained[0].claims == std::vector<std::int64_t>{9, 10});
    CHECK(trained[0].status == "corroborated");
    CHECK(stored_counters_of(path) == rebuilt_counters_of(path));
}

TEST_CASE("open_store: an unknown scheme is refused, naming the scheme alone", "[store][sqlite]") {
    TestFamilies families;
    CHECK_THROWS_AS(open_store("mysql://user:secret@db/tracker", families), UsageFatal);
    CHECK_THROWS_WITH(open_store("mysql://user:secret@db/tracker", families),
                      "unknown store scheme mysql://, expected a path, sqlite:PATH or postgresql://");
}

// --- feeds (issue 5) -------------------------------------------------------------------------

TEST_CASE("Store: a feed is subscribed once and removed by its URL", "[store][feeds]") {
    TestStore t;
    CHECK(t.store->add_feed("https://a.example/feed.xml"));
    CHECK_FALSE(t.store->add_feed("https://a.example/feed.xml"));
    CHECK(t.store->add_feed("/srv/feeds/b.xml"));
    auto feeds = t.store->list_feeds();
    REQUIRE(feeds.size() == 2);
    CHECK(feeds[0].url == "https://a.example/feed.xml");
    CHECK(feeds[0].items == 0);
    CHECK(feeds[0].last_checked == "");
    CHECK(t.store->remove_feed("https://a.example/feed.xml"));
    CHECK_FALSE(t.store->remove_feed("https://a.example/feed.xml"));
    CHECK(t.store->list_feeds().size() == 1);
}

TEST_CASE("Store: feed state is kept for the next conditional GET", "[store][feeds]") {
    TestStore t;
    t.store->add_feed("https://a.example/feed.xml");
    const std::int64_t id = t.store->list_feeds().at(0).id;
    t.store->update_feed_state(id, {"A Wire", "\"v1\"", "Wed, 10 Dec 2025 08:00:00 GMT", "2025-12-10T09:00:00Z", "ok"});
    const FeedSubscription f = t.store->list_feeds().at(0);
    CHECK(f.title == "A Wire");
    CHECK(f.etag == "\"v1\"");
    CHECK(f.last_modified == "Wed, 10 Dec 2025 08:00:00 GMT");
    CHECK(f.last_checked == "2025-12-10T09:00:00Z");
    CHECK(f.last_status == "ok");
}

TEST_CASE("Store: a feed's fetch_articles is off until set, and kept", "[store][feeds]") {
    TestStore t;
    t.store->add_feed("https://a.example/feed.xml");
    t.store->add_feed("https://b.example/feed.xml");
    CHECK_FALSE(t.store->list_feeds().at(0).fetch_articles);
    const std::int64_t id = t.store->list_feeds().at(1).id;
    t.store->set_feed_fetch_articles(id, true);
    CHECK_FALSE(t.store->list_feeds().at(0).fetch_articles);
    CHECK(t.store->list_feeds().at(1).fetch_articles);
    t.store->update_feed_state(id, {"B Wire", "", "", "2025-12-10T09:00:00Z", "ok"});
    CHECK(t.store->list_feeds().at(1).fetch_articles);  // an update's state leaves it alone
    t.store->set_feed_fetch_articles(id, false);
    CHECK_FALSE(t.store->list_feeds().at(1).fetch_articles);
}

TEST_CASE("Store: add_feed_item stores the article and marks its key together", "[store][feeds]") {
    TestStore t;
    t.store->add_feed("https://a.example/feed.xml");
    const std::int64_t id = t.store->list_feeds().at(0).id;
    Article a = article("https://a.example/feed.xml#1", "A Wire", "2025-12-10", "DeepSeek trained on B200 chips.");
    a.url = "https://a.example/1";
    CHECK_FALSE(t.store->item_imported(id, "guid-1"));
    const AddResult added = t.store->add_feed_item(id, "guid-1", a, {claim(a, "DeepSeek trained on B200 chips.")}, "lex-1");
    CHECK(added.outcome == AddOutcome::added);
    CHECK(t.store->item_imported(id, "guid-1"));
    CHECK_FALSE(t.store->item_imported(id, "guid-2"));
    CHECK(t.store->list_feeds().at(0).items == 1);
    CHECK(t.store->stats().articles == 1);
    SECTION("the same item again changes nothing") {
        CHECK(t.store->add_feed_item(id, "guid-1", a, {}, "lex-1").outcome == AddOutcome::unchanged);
        CHECK(t.store->list_feeds().at(0).items == 1);
    }
    SECTION("removing the feed forgets its keys and keeps the article") {
        t.store->remove_feed("https://a.example/feed.xml");
        t.store->add_feed("https://a.example/feed.xml");
        CHECK_FALSE(t.store->item_imported(t.store->list_feeds().at(0).id, "guid-1"));
        CHECK(t.store->stats().articles == 1);
    }
}

// --- history (issue 19, schema/sqlite/0008) ---------------------------------------------------

namespace {

// "change from to article" per change, oldest first, for comparing whole histories.
std::vector<std::string> history_of(Store& store, const std::string& since = "") {
    std::vector<std::string> out;
    for (const auto& c : store.find_changes(since))
        out.push_back(c.change + " " + c.from + " " + c.to + " #" + std::to_string(c.article_id));
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Store: history keeps a new proposition, its new origins, denials and status moves", "[store]") {
    TestStore t;
    const auto a = add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.");
    CHECK(history_of(*t.store) == Lines{"new  single-source #" + std::to_string(a.article_id)});
    const auto b = add_one(*t.store, "b.txt", "Bloomberg", "2025-12-12", "Sources say DeepSeek used B200 processors.");
    const auto c = add_one(*t.store, "c.txt", "TechWire", "2025-12-14", "Nvidia denied that DeepSeek used B200 chips.",
                           {.claimant = "Nvidia", .polarity = Polarity::denied});
    const std::string ids[] = {std::to_string(a.article_id), std::to_string(b.article_id), std::to_string(c.article_id)};
    CHECK(history_of(*t.store) == Lines{"new  single-source #" + ids[0], "origin  Bloomberg #" + ids[1],
                                        "status single-source corroborated #" + ids[1], "denial  Nvidia #" + ids[2],
                                        "status corroborated contradicted #" + ids[2]});
    const auto changes = t.store->find_changes("");
    const auto& last = changes.back();
    CHECK(last.actor == "DeepSeek");
    CHECK(last.allegation == "trained_on");
    CHECK(last.hardware == "Nvidia B200");
    CHECK(last.article_title == "Title of c.txt");
    CHECK(last.article_path == "c.txt");
    CHECK(last.article_source == "TechWire");
    CHECK(last.at.size() == 20);
    CHECK(t.store->find_changes("9999-01-01T00:00:00Z").empty());
    // Every change is at or after the first one's time (the writes may cross a second boundary).
    CHECK(t.store->find_changes(changes.front().at).size() == changes.size());
    CHECK(t.store->find_changes(last.at).size() >= 1);
}

TEST_CASE("Store: history keeps a new value conflict", "[store]") {
    TestStore t;
    const ClaimSpec spec{.actor = "DeepSeek", .allegation = "fraudulent_access", .hardware = "", .object = "Anthropic"};
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek created 24,000 fake accounts to reach Claude.", spec);
    const auto b = add_one(*t.store, "b.txt", "Reuters", "2025-12-11", "DeepSeek used 20,000 accounts to query Claude.", spec);
    const Lines history = history_of(*t.store);
    REQUIRE(history.size() == 2);  // Reuters twice: no new origin, no status move
    CHECK(history[1] == "conflict  24,000 accounts vs 20,000 accounts #" + std::to_string(b.article_id));
}

TEST_CASE("Store: history: what leaves and comes back is no change", "[store]") {
    TestStore t;
    add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.");
    const auto b = add_one(*t.store, "b.txt", "Bloomberg", "2025-12-12", "Sources say DeepSeek used B200 processors.");
    const Lines before = history_of(*t.store);
    REQUIRE(before.size() == 3);

    SECTION("replace_claims with the same claims") {
        const Article stored = *t.store->load_article(b.article_id);
        t.store->replace_claims(b.article_id, {claim(stored, "Sources say DeepSeek used B200 processors.")}, "lex-2");
        CHECK(history_of(*t.store) == before);
    }
    SECTION("in a batch, an origin removed by one article and given back by another") {
        t.store->begin_batch();
        t.store->replace_claims(b.article_id, {}, "lex-2");
        add_one(*t.store, "c.txt", "Bloomberg", "2025-12-13", "Bloomberg says DeepSeek used B200 processors again.");
        t.store->commit_batch();
        CHECK(history_of(*t.store) == before);
    }
    SECTION("an origin lost moves the status back") {
        t.store->replace_claims(b.article_id, {}, "lex-2");
        const Lines after = history_of(*t.store);
        REQUIRE(after.size() == 4);
        CHECK(after.back() == "status corroborated single-source #" + std::to_string(b.article_id));
    }
}

TEST_CASE("Store: history: a batch settles each proposition once", "[store]") {
    TestStore t;
    t.store->begin_batch();
    const auto a = add_one(*t.store, "a.txt", "Reuters", "2025-12-10", "DeepSeek trained its model on B200 chips.");
    const auto b = add_one(*t.store, "b.txt", "Bloomberg", "2025-12-12", "Sources say DeepSeek used B200 processors.");
    t.store->commit_batch();
    CHECK(history_of(*t.store) == Lines{"new  corroborated #" + std::to_string(a.article_id)});

    SECTION("a batch rolled back leaves no history") {
        t.store->begin_batch();
        add_one(*t.store, "c.txt", "TechWire", "2025-12-14", "Nvidia denied that DeepSeek used B200 chips.",
                {.claimant = "Nvidia", .polarity = Polarity::denied});
        t.store->rollback_batch();
        CHECK(history_of(*t.store).size() == 1);
    }
    SECTION("a proposition left without claims goes with its history") {
        t.store->replace_claims(a.article_id, {}, "lex-2");
        t.store->replace_claims(b.article_id, {}, "lex-2");
        CHECK(t.store->find_propositions({}).empty());
        CHECK(history_of(*t.store).empty());
    }
}

// --- PostgreSQL's counters, kept claim by claim, against a recount and SQLite (issue 17) ------

namespace {

// A proposition's counters as one line a row: its propositions columns, then its origin,
// hardware and quantity rows.
std::string counters_line(std::int64_t id, const std::string& status, int supporting, int denying, int claims,
                          std::int64_t articles, const std::string& first_reported, const std::string& first_denied,
                          const std::string& display, const store::PropositionTally& tally) {
    std::string out = fmt::format("#{} {} s={} d={} c={} a={} fr={} fd={} hw={}\n", id, status, supporting, denying,
                                  claims, articles, first_reported, first_denied, display);
    for (const auto& [key, o] : tally.origins)
        out += fmt::format("  origin {} {} '{}' {} {} #{}\n", key.first, key.second, o.origin, o.claims,
                           o.first_reported, o.first_article);
    for (const auto& [name, n] : tally.hardware) out += fmt::format("  hardware {} {}\n", name, n);
    for (const auto& [key, q] : tally.quantities)
        out += fmt::format("  quantity {} {} '{}' #{} @{} {}\n", key.first, key.second, q.quantity.text, q.first_claim,
                           q.position, q.claims);
    return out;
}

// What PostgreSQL's counter rows hold, and what store::tally_of counts from its claims, read
// off the claims' own fields (the scope of 0009, invariant 2: its own, and for a family's its
// members' of the same actor, allegation and object).
std::pair<std::string, std::string> pg_stored_and_recounted(const std::string& url) {
    store::PgConnection db(url);
    std::map<std::int64_t, store::PropositionTally> stored;
    const auto origins = db.run("SELECT proposition_id, polarity = 'denied', origin_key, origin, claims, "
                                "first_reported, first_article FROM proposition_origins");
    for (int r = 0; r < origins.rows(); ++r)
        stored[origins.int64(r, 0)].origins[{origins.boolean(r, 1), origins.text(r, 2)}] = {
            origins.text(r, 3), origins.integer(r, 4), origins.text(r, 5), origins.int64(r, 6)};
    const auto hardware = db.run("SELECT proposition_id, hardware, claims FROM proposition_hardware");
    for (int r = 0; r < hardware.rows(); ++r) stored[hardware.int64(r, 0)].hardware[hardware.text(r, 1)] = hardware.integer(r, 2);
    const auto quantities =
        db.run("SELECT proposition_id, unit, value, text, first_claim, position, claims FROM proposition_quantities");
    for (int r = 0; r < quantities.rows(); ++r)
        stored[quantities.int64(r, 0)].quantities[{quantities.text(r, 1), quantities.real(r, 2)}] = {
            {quantities.text(r, 3), quantities.text(r, 1), quantities.real(r, 2)}, quantities.int64(r, 4),
            quantities.integer(r, 5), quantities.integer(r, 6)};
    std::string kept, recounted;
    const auto rows = db.run("SELECT id, status, supporting, denying, claims, articles, first_reported, first_denied, "
                             "hardware_display, hardware FROM propositions ORDER BY id");
    for (int r = 0; r < rows.rows(); ++r) {
        const std::int64_t id = rows.int64(r, 0);
        kept += counters_line(id, rows.text(r, 1), rows.integer(r, 2), rows.integer(r, 3), rows.integer(r, 4),
                              rows.int64(r, 5), rows.text(r, 6), rows.text(r, 7), rows.text(r, 8), stored[id]);
        const auto claims = db.run(
            "SELECT c.id, c.proposition_id, c.article_id, c.polarity = 'denied', c.origin, c.reported_date, c.hardware, "
            "c.evidence FROM propositions p JOIN claims c ON c.proposition_id = p.id OR (p.hardware <> '' "
            "AND lower(p.hardware) = lower(p.hardware_family) AND lower(c.actor) = lower(p.actor) "
            "AND c.allegation = p.allegation AND c.object = p.object AND lower(c.hardware_family) = lower(p.hardware) "
            "AND lower(c.hardware) <> lower(c.hardware_family)) WHERE p.id = $1 ORDER BY c.id",
            {id});
        std::vector<store::ClaimFacts> facts;
        for (int c = 0; c < claims.rows(); ++c)
            facts.push_back({.id = claims.int64(c, 0), .proposition_id = claims.int64(c, 1),
                             .article_id = claims.int64(c, 2), .denied = claims.boolean(c, 3),
                             .origin = claims.text(c, 4), .reported_date = claims.text(c, 5),
                             .hardware = claims.text(c, 6), .evidence = claims.text(c, 7)});
        const store::PropositionTally tally = store::tally_of(id, facts);
        recounted += counters_line(id, xref::status_of(tally.supporting(), tally.denying()), tally.supporting(),
                                   tally.denying(), tally.own_claims, static_cast<std::int64_t>(tally.articles.size()),
                                   tally.first_reported(), tally.first_denied(), tally.hardware_display(rows.text(r, 9)),
                                   tally);
    }
    return {kept, recounted};
}

// What a reader sees, without ids (they differ between backends): propositions and history,
// sorted.
Lines seen_without_ids(Store& store) {
    Lines out;
    for (const Proposition& p : store.find_propositions({})) {
        std::string line = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|", p.actor, p.allegation, p.hardware, p.object,
                                       p.status, p.articles, p.claims.size(), p.first_reported, p.first_denied,
                                       fmt::join(p.conflicts, ";"));
        line += fmt::format("+{}|-{}", fmt::join(p.supporting_origins, ";"), fmt::join(p.denying_origins, ";"));
        out.push_back(line);
    }
    for (const PropositionChange& c : store.find_changes(""))
        out.push_back(fmt::format("change {}|{}|{}|{}|{}|{}|{}|{}", c.actor, c.allegation, c.hardware, c.object,
                                  c.change, c.from, c.to, c.article_path));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("PostgresStore: counters moved claim by claim over many batches equal a recount, and SQLite's",
          "[store][postgresql]") {
    TestStore t;  // on PostgreSQL: the [postgresql] cases run there alone
    auto sqlite = open_store(t.path(), t.families);
    // One popular proposition (DeepSeek smuggled H20s, a member of the Hopper family, whose own
    // proposition gains claims too) grows over 30 batches of 3 to 8 articles; paths are reused,
    // so articles are replaced (story0, the earliest, again and again, dated earlier and later:
    // its origins' earliest claims and its quantities' first sightings leave), and each batch
    // re-extracts an earlier article with fewer or other claims.
    RandomPick next(17);
    const std::vector<std::string> publishers = {"Reuters", "Bloomberg", "reuters", "Pacific Ledger", "Nikkei",
                                                 "The Register", "Caixin", "FT"};
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> ids;  // path: (PostgreSQL id, SQLite id)
    int replaced = 0, reextracted = 0;
    for (int batch = 0; batch < 30; ++batch) {
        t.store->begin_batch();
        sqlite->begin_batch();
        const std::size_t articles = 3 + next(6);
        for (std::size_t n = 0; n < articles; ++n) {
            const std::string path =
                batch % 4 == 3 && n == 0 ? "story0.txt" : "story" + std::to_string(next(100)) + ".txt";
            std::string text;
            std::vector<std::string> sentences;
            const std::size_t claims = 1 + next(3);
            for (std::size_t k = 0; k < claims; ++k) {
                // The name is a quantity too ("3.1.0 says"): many values, many first sightings.
                const std::string name = fmt::format("{}.{}.{}", batch, n, k);
                std::string sentence = fmt::format("Sentence {} says DeepSeek got {} chips via {} shells.", name,
                                                   counts[next(counts.size())], counts[next(counts.size())]);
                if (next(3) == 0) sentence = fmt::format("Sentence {} has no number.", name);
                sentences.push_back(sentence);
                text += sentence + " ";
            }
            text += "Another article about " + path + ".";
            const std::string date = path == "story0.txt" ? (batch % 8 == 3 ? "2025-10-01" : "2026-02-01")
                                                          : dates[next(dates.size())];
            const Article a = article(path, publishers[next(publishers.size())], date, text);
            std::vector<Claim> found;
            for (const std::string& sentence : sentences) {
                const std::size_t chip = next(10);
                found.push_back(claim(a, sentence,
                                      {.allegation = chip < 8 ? "smuggling" : "trained_on",
                                       .hardware = chip < 7 ? "Nvidia H20" : chip < 8 ? "Nvidia Hopper" : "Nvidia B200",
                                       .claimant = next(4) == 0 ? claimants[next(claimants.size())] : "",
                                       .polarity = next(6) == 0 ? Polarity::denied : Polarity::asserted}));
            }
            const AddResult on_pg = t.store->add_article(a, found, "lex-1");
            const AddResult on_sqlite = sqlite->add_article(a, found, "lex-1");
            REQUIRE(on_pg.outcome == on_sqlite.outcome);
            replaced += on_pg.outcome == AddOutcome::replaced;
            ids[path] = {on_pg.article_id, on_sqlite.article_id};
            // An article without claims after each: SQLite gives a replaced article's row id to
            // the next when it was the largest (0009_init.sql, e), and a change naming the article
            // replaced would name the new one there, where PostgreSQL names none.
            const std::string filler = fmt::format("Filler {} of batch {}: the weather on {} was mild.", n, batch, path);
            for (Store* store : {t.store.get(), sqlite.get()})
                store->add_article(article(fmt::format("filler-{}-{}.txt", batch, n), "Almanac", date, filler), {},
                                   "lex-1");
        }
        // Re-extract an earlier article: its claims shrink to the first one, or flip polarity.
        auto earlier = ids.begin();
        std::advance(earlier, static_cast<long>(next(ids.size())));
        const auto [pg_id, sqlite_id] = earlier->second;
        std::vector<Claim> kept;
        for (const StoredClaim& c : t.store->find_claims({}))
            if (c.article_id == pg_id && kept.empty()) kept.push_back(c.claim);
        if (!kept.empty() && batch % 2)
            kept[0].polarity = kept[0].polarity == Polarity::denied ? Polarity::asserted : Polarity::denied;
        t.store->replace_claims(pg_id, kept, "lex-2");
        sqlite->replace_claims(sqlite_id, kept, "lex-2");
        ++reextracted;
        t.store->commit_batch();
        sqlite->commit_batch();

        const auto [stored, recounted] = pg_stored_and_recounted(t.location());
        INFO("after batch " << batch);
        REQUIRE(stored == recounted);
        // What one shows and the other does not (both sorted).
        const Lines on_pg = seen_without_ids(*t.store), on_sqlite = seen_without_ids(*sqlite);
        Lines only_pg, only_sqlite;
        std::set_difference(on_pg.begin(), on_pg.end(), on_sqlite.begin(), on_sqlite.end(), std::back_inserter(only_pg));
        std::set_difference(on_sqlite.begin(), on_sqlite.end(), on_pg.begin(), on_pg.end(),
                            std::back_inserter(only_sqlite));
        REQUIRE(only_pg == only_sqlite);  // both empty
    }
    CHECK(replaced >= 10);
    CHECK(reextracted == 30);
    // The popular proposition holds most claims, from most publishers, over every batch.
    const auto popular = proposition_about(*t.store, "Nvidia H20");
    CHECK(popular.claims.size() >= 60);
    CHECK(popular.supporting_origins.size() >= 5);
    const auto family = proposition_about(*t.store, "Nvidia Hopper");
    CHECK(family.claims.size() > popular.claims.size());  // its own and its member's
    const auto [stored, recounted] = pg_stored_and_recounted(t.location());
    CHECK(stored.find("origin true") != std::string::npos);  // denials,
    CHECK(stored.find("quantity") != std::string::npos);      // quantities were counted
}
