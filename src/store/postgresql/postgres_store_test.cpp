#include <catch2/catch.hpp>

#include <cstdlib>
#include <thread>
#include <vector>

#include <unistd.h>

#include "store/postgresql/pg_array.h"
#include "store/postgresql/pg_connection.h"
#include "store/postgresql/pg_queries.h"
#include "store/postgresql/pg_text_search.h"
#include "store/postgresql/postgres_location.h"
#include "tracker/error.h"
#include "tracker/store.h"

using namespace tracker;
using tracker::store::append_int64s_of_array;
using tracker::store::PgConnection;
using tracker::store::PostgresLocation;

namespace {

class NoFamilies : public HardwareFamilies {
public:
    std::string family_of(const std::string& hardware) const override { return hardware; }
};

// The test server (tests/pg_server.sh), for the cases tagged [postgresql]: the PostgreSQL run
// alone has it (CMakeLists.txt).
std::string test_server() {
    const char* server = std::getenv("TRACKER_TEST_PG");
    if (!server || !*server) FAIL("the [postgresql] cases need TRACKER_TEST_PG (tests/pg_server.sh run ...)");
    return server;
}

// A new database on the test server, dropped afterwards.
class NewDatabase {
public:
    NewDatabase() : m_server(test_server()) {
        static int counter = 0;
        m_name = "tracker_pg_unit_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
        PgConnection(m_server).execute("CREATE DATABASE " + m_name);
        m_url = m_server.substr(0, m_server.rfind('/') + 1) + m_name;
    }
    NewDatabase(const NewDatabase&) = delete;
    NewDatabase& operator=(const NewDatabase&) = delete;
    ~NewDatabase() {
        try {
            PgConnection(m_server).execute("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (...) {  // the server is gone: so is the database
        }
    }
    const std::string& url() const { return m_url; }

private:
    std::string m_server, m_name, m_url;
};

Article article(const std::string& path, const std::string& source, const std::string& text) {
    Article a;
    a.path = path;
    a.source = source;
    a.reported_date = "2025-12-10";
    a.title = path;
    a.text = text;
    a.body = {{0, text.size()}};
    return a;
}

Claim claim_of(const Article& a, const std::string& actor) {
    Claim c;
    c.actor = actor;
    c.allegation = "smuggling";
    c.hardware = "Nvidia H20";
    c.evidence = a.text;
    c.evidence_end = a.text.size();
    c.confidence = 0.8;
    return c;
}

}  // namespace

// --- without a server ------------------------------------------------------------------------

TEST_CASE("PostgresLocation: the password is hidden wherever the URL holds it", "[store]") {
    CHECK(PostgresLocation::parse("postgresql://ana:s3cret@db.example:5433/tracker").shown ==
          "postgresql://ana:***@db.example:5433/tracker");
    CHECK(PostgresLocation::parse("postgresql://db.example/tracker?user=ana&password=s3cret&sslmode=require").shown ==
          "postgresql://db.example/tracker?user=ana&password=***&sslmode=require");
    CHECK(PostgresLocation::parse("postgres://ana@db.example/tracker").shown == "postgres://ana@db.example/tracker");
    const auto location = PostgresLocation::parse("postgresql://ana:p%40ss@db.example/tracker");
    CHECK(location.shown == "postgresql://ana:***@db.example/tracker");
    CHECK(location.hide_password("password p@ss and p%40ss") == "password *** and ***");
}

TEST_CASE("open_store: a malformed PostgreSQL URL is a usage error that shows no password", "[store]") {
    NoFamilies families;
    const std::string url = "postgresql://ana:s3cret@db.example:notaport/tracker?sslmode=require&bogus=%zz";
    CHECK_THROWS_AS(open_store(url, families), UsageFatal);
    try {
        open_store(url, families);
    } catch (const UsageFatal& e) {
        const std::string message = e.what();
        CHECK(message.starts_with("postgresql://ana:***@db.example:notaport/tracker?sslmode=require&bogus=%zz: "
                                  "malformed PostgreSQL URL: "));
        CHECK(message.find("s3cret") == std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
}

TEST_CASE("open_store: an unreachable server is one line naming the URL without its password", "[store]") {
    NoFamilies families;
    // Port 1 of loopback: nothing listens there.
    const std::string url = "postgresql://ana:s3cret@127.0.0.1:1/tracker?connect_timeout=5";
    try {
        open_store(url, families);
        FAIL("opened a store on a port where nothing listens");
    } catch (const UsageFatal&) {
        FAIL("an unreachable server is no usage error");
    } catch (const Fatal& e) {
        const std::string message = e.what();
        CHECK(message.starts_with("postgresql://ana:***@127.0.0.1:1/tracker?connect_timeout=5: cannot connect: "));
        CHECK(message.find("s3cret") == std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
    }
}

TEST_CASE("shown_location: a URL's password is hidden, a path is shown as it is", "[store]") {
    CHECK(shown_location("postgresql://ana:s3cret@db/tracker") == "postgresql://ana:***@db/tracker");
    CHECK(shown_location("/home/ana/tracker.db") == "/home/ana/tracker.db");
}

TEST_CASE("numbered_placeholders: each ? outside quotes is numbered in order", "[store]") {
    CHECK(store::numbered_placeholders("SELECT ? WHERE a = ? AND b = '?' AND c = ?") ==
          "SELECT $1 WHERE a = $2 AND b = '?' AND c = $3");
}

// --- on the test server ----------------------------------------------------------------------

TEST_CASE("PostgresStore: tools opening a new database at once migrate it once", "[store][postgresql]") {
    NewDatabase database;
    NoFamilies families;
    std::vector<std::thread> tools;
    std::vector<std::string> errors(6);
    for (std::size_t n = 0; n < errors.size(); ++n)
        tools.emplace_back([&, n] {
            try {
                open_store(database.url(), families)->stats();
            } catch (const std::exception& e) {
                errors[n] = e.what();
            }
        });
    for (auto& tool : tools) tool.join();
    for (const auto& error : errors) CHECK(error.empty());
    CHECK(PgConnection(database.url()).run("SELECT version FROM schema_version").integer(0, 0) >= 9);
}

TEST_CASE("PostgresStore: another program's database is refused", "[store][postgresql]") {
    NewDatabase database;
    NoFamilies families;
    PgConnection(database.url()).execute("CREATE TABLE t (x integer)");
    CHECK_THROWS_WITH(open_store(database.url(), families),
                      Catch::Matchers::EndsWith("not a tracker database (it has tables but no tracker schema version)"));
}

TEST_CASE("PostgresStore: writers on two connections at once count every claim once", "[store][postgresql]") {
    NewDatabase database;
    NoFamilies families;
    open_store(database.url(), families);  // migrated before the race
    auto writer = [&](const std::string& source) {
        auto store = open_store(database.url(), families);
        GroupCommit batches(*store, {5, std::chrono::milliseconds(1000)});
        for (int i = 0; i < 30; ++i) {
            const Article a = article(source + std::to_string(i) + ".txt", source,
                                      "Report " + std::to_string(i) + " by " + source + ": Tencent smuggled H20 chips, " +
                                          std::to_string(i * 37 + source.size()) + " of them.");
            store->add_article(a, {claim_of(a, "Tencent")}, "lex-1");
            batches.written();
        }
        batches.finish();
    };
    std::thread reuters(writer, "Reuters");
    std::thread bloomberg(writer, "Bloomberg");
    reuters.join();
    bloomberg.join();
    auto store = open_store(database.url(), families);
    const auto propositions = store->find_propositions({});
    REQUIRE(propositions.size() == 1);
    CHECK(propositions[0].claims.size() == 60);
    CHECK(propositions[0].articles == 60);
    CHECK(propositions[0].supporting_origins.size() == 2);
    CHECK(propositions[0].status == "corroborated");
}

TEST_CASE("PostgresStore: one feed update at a time, on any machine", "[store][postgresql]") {
    NewDatabase database;
    NoFamilies families;
    auto first = open_store(database.url(), families);
    auto second = open_store(database.url(), families);
    CHECK(first->lock_feed_updates(0) == std::optional<bool>(true));
    CHECK(second->lock_feed_updates(0) == std::optional<bool>(false));
    first.reset();  // its connection ends, and the lock with it
    CHECK(second->lock_feed_updates(5) == std::optional<bool>(true));
}

TEST_CASE("append_int64s_of_array: the numbers of a bigint[]'s text form, appended", "[store]") {
    std::vector<std::int64_t> out{7};
    append_int64s_of_array("{}", out);
    CHECK(out == std::vector<std::int64_t>{7});
    append_int64s_of_array("{1,20,-3,9007199254740993}", out);
    CHECK(out == std::vector<std::int64_t>{7, 1, 20, -3, 9007199254740993});
    append_int64s_of_array("{4,oops}", out);  // not PostgreSQL's form: what reads, then stop
    CHECK(out.back() == 4);
}

TEST_CASE("PostgresStore: a large import leaves its tables vacuumed", "[store][postgresql]") {
    NewDatabase database;
    NoFamilies families;
    auto store = open_store(database.url(), families);
    PgConnection check(database.url());
    check.execute("ALTER TABLE claims SET (autovacuum_enabled = false)");  // only ours may vacuum it
    {
        GroupCommit batches(*store);
        for (int i = 0; i < 1500; ++i) {
            const Article a = article("a" + std::to_string(i) + ".txt", "Source " + std::to_string(i % 7),
                                      "Tencent smuggled H20 chips, report " + std::to_string(i) + " says.");
            store->add_article(a, {claim_of(a, "Tencent")}, "lex-1");
            batches.written();
        }
        batches.finish();
    }
    const auto inserted_since_vacuum = [&] {
        return check.run("SELECT n_ins_since_vacuum FROM pg_stat_user_tables WHERE relname = 'claims'").int64(0, 0);
    };
    store->finish_writing();
    // What the server counted once the writer flushed its statistics (finish_writing asks it to).
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    CHECK(inserted_since_vacuum() == 0);
    CHECK(check.run("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'claims' AND vacuum_count > 0").int64(0, 0) == 1);
}

TEST_CASE("PostgresStore: articles --text is narrowed by the articles' word index", "[store][postgresql]") {
    // Migration 0019: a GIN index of the articles' whole words, written as the expression that
    // PgQueries::find_articles tests; the trigram index of 0009 is gone.
    NewDatabase database;
    NoFamilies families;
    auto store = open_store(database.url(), families);
    const Article a = article("a.txt", "Reuters", "Tencent smuggled H20 chips through a broker in Penang.");
    store->add_article(a, {claim_of(a, "Tencent")}, "lex-1");
    const auto found = [&](const std::string& words) {
        ClaimFilter f;
        f.text = words;
        return store->find_articles(f).size();
    };
    CHECK(found("penang") == 1);
    CHECK(found("broker penang") == 1);
    CHECK(found("johor") == 0);
    PgConnection check(database.url());
    const std::string definition =
        check.run("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_text_words'").text(0, 0);
    INFO(definition);
    CHECK(definition.find("gin_trgm_ops") == std::string::npos);
    CHECK(definition.find("string_to_array") != std::string::npos);
    check.execute("SET enable_seqscan = off");
    std::string plan;
    const auto rows = check.run(
        "EXPLAIN SELECT id FROM articles a WHERE "
        "string_to_array(btrim(regexp_replace(a.text_words, '[^ ]{255,}', '', 'g')), ' ') @> ARRAY['penang'] "
        "AND a.text_words LIKE '% penang %'");
    for (int row = 0; row < rows.rows(); ++row) plan += rows.text(row, 0) + "\n";
    INFO(plan);
    CHECK(plan.find("articles_text_words") != std::string::npos);
}

TEST_CASE("PgQueries: a first page of claims by text is the first rows of the whole list", "[store][postgresql]") {
    // PgQueries::first_claims_by_text (a walk of the timeline, then windows of it bounded by
    // claims.when_start's histogram, sized by the words' shares in the words index's statistics)
    // against the whole list (no --limit), which is the one statement that reads every match and
    // sorts them. 2,400 claims, four a day over 600 days, inserted in another order than the
    // timeline's: "said" in a third; "smuggled" in 270, all in the last 15% of the timeline;
    // "johor" in the 48 of days 250-261; "penang" in 8 spread over it; "export license" a phrase
    // in 48 and both words apart in 48 others; Alibaba has half the claims, and --since
    // 2020-09-01 the last 60% of the timeline. With the defaults
    // (measured at 100k articles) most of these take the walk or one window; the small plans
    // take every path: the walk, windows after it and from the start, one window, and pages
    // that cross the bounds of windows.
    NewDatabase database;
    NoFamilies families;
    {
        auto store = open_store(database.url(), families);
        GroupCommit batches(*store);
        for (int i = 0; i < 2400; ++i) {
            const int day = (i * 7919) % 600;
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2020 + day / 336, 1 + day % 336 / 28, 1 + day % 28);
            const std::string actor = i % 2 ? "Alibaba" : "Tencent";
            std::string text = "Report " + std::to_string(i) + ": " + actor + " bought H20 chips";
            if (i % 3 == 0) text += ", an official said";
            if (day >= 510 && i % 4 != 1) text += " that were smuggled";
            if (i % 300 == 17) text += " through Penang";
            if (day >= 250 && day < 262) text += " via Johor";
            if (i % 50 == 3) text += " without an export license";
            if (i % 50 == 28) text += " under a license to export them";
            text += ".";
            Article a = article("a" + std::to_string(i) + ".txt", "Reuters", text);
            a.reported_date = date;
            store->add_article(a, {claim_of(a, actor)}, "lex-1");
            batches.written();
        }
        batches.finish();
    }
    PgConnection connection(database.url());
    connection.execute("ANALYZE claims");
    CHECK(connection.run("SELECT count(*) FROM pg_stats WHERE tablename = 'claims' AND attname = 'when_start' "
                         "AND histogram_bounds IS NOT NULL").int64(0, 0) == 1);
    CHECK(connection.run("SELECT count(*) FROM pg_stats WHERE tablename = 'claims_evidence_words' "
                         "AND 'said' = ANY(most_common_elems::text::text[])").int64(0, 0) == 1);
    store::PgTextSearch text;
    store::PgQueries queries(connection, text);
    const auto ids = [&](ClaimFilter f) {
        std::vector<std::int64_t> out;
        for (const StoredClaim& c : queries.find_claims(f)) out.push_back(c.id);
        return out;
    };
    store::TextPagePlan small;
    small.walked = 100;
    small.walk_share = 0.05;
    small.rare = 30;
    store::TextPagePlan bucket_windows = small;  // a window a bucket of the histogram: a page crosses many
    bucket_windows.window_matches = 0.01;
    for (const store::TextPagePlan& plan : {store::TextPagePlan{}, small, bucket_windows}) {
        queries.set_text_page_plan(plan);
        for (const std::string other : {"", "--actor alibaba", "--since 2020-09-01"})
            for (const std::string words : {"said", "smuggled", "johor", "penang", "export license", "license export",
                                            "smuggled said", "nowhere"}) {
                ClaimFilter f;
                if (other == "--actor alibaba") f.actor = "alibaba";
                if (other == "--since 2020-09-01") f.since = "2020-09-01";
                f.text = words;
                const std::vector<std::int64_t> all = ids(f);
                INFO("walked " << plan.walked << ", first window " << plan.window_matches << " pages, " << other
                               << " --text '" << words << "': " << all.size() << " claims in all");
                if (words == "nowhere") CHECK(all.empty());
                else CHECK(!all.empty());
                for (const std::int64_t limit : {1, 3, 20, 2400}) {
                    INFO("--limit " << limit);
                    f.limit = limit;
                    CHECK(ids(f) == std::vector<std::int64_t>(all.begin(),
                                                              all.begin() + std::min<std::size_t>(limit, all.size())));
                }
            }
    }
    ClaimFilter said;
    said.text = "said";
    said.limit = 20;
    const auto page = queries.find_claims(said);
    REQUIRE(page.size() == 20);
    CHECK(page.front().claim.evidence.find("said") != std::string::npos);
    CHECK(page.front().source == "Reuters");
}
