// bench_store: what storing costs, apart from extraction.
//
//     bench_store FOLDER --db PATH
//         The storage floor: every article of FOLDER through open_store + Store::add_article with
//         no claims (text, FTS5 index, near-duplicate lookup; each article atomic, in the batches
//         of GroupCommit, as ingest does). Issue 7 wants `tracker ingest` within 2x of this.
//     bench_store FOLDER --db PATH --incremental [--sizes 1000,10000,100000] [--runs 15]
//                        [--budget SECONDS]
//         Issue 4's incremental cost: grows one database to each size in turn and, at each, times
//         ingesting ONE new article with its claims (extract + add_article in its own
//         transaction, as `tracker ingest ONE_FILE` does), median of --runs articles that were
//         held out of the build, in wall and in CPU time (the CPU figure is less swayed by other
//         work on the machine). The build is ingest's path: extraction on the worker threads,
//         add_article with the claims in GroupCommit batches. A size is skipped, and said so,
//         when the previous step's rate projects its build past --budget seconds (default 300).
//     bench_store FOLDER --db PATH --replicate TIMES [--runs 15]
//         The bulk path to issue 7's largest size: takes the database the --incremental run
//         left at PATH (not deleted) and copies every article in it, with its claims, TIMES - 1
//         times inside SQLite (new path, identity and content hash, same text: each copy is what
//         ingest would store for a syndicated copy of the original, so the propositions keep
//         their origins and statuses and their counts grow TIMES-fold, as set here), and the
//         copies' texts and evidence indexed by the same SQL. Then times one new article as
//         --incremental does, with --runs articles of FOLDER that the incremental build left out.
//     bench_store FOLDER --db PATH --time-new [--runs 15]
//         Times one new article, as --incremental does, for each of the first --runs articles of
//         FOLDER (a corpus the database has not seen), added to the database at PATH as it is.
//     bench_store --db PATH --queries [--runs 15]
//         Issue 7's query times on an existing database (nothing deleted): the Store calls behind
//         `query --actor DeepSeek --limit 20`, `propositions --status contradicted` (first page
//         of 50, and whole), `query --text smuggled --limit 20` (and whole), median of --runs, in
//         process: the query's time without the process start and the printing. --text-pages
//         adds first pages of `query --text` for words of every frequency, with and without
//         --actor, each checked against the whole list (time_text_pages).
// Otherwise PATH (and its -wal, -shm) is deleted first. Articles are read into memory before any timing.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/core.h>

#include "article_folder.h"
#include "cli/in_order_workers.h"
#include "store/sqlite/evidence_index.h"
#include "timing.h"
#include "tracker/extract.h"
#include "tracker/store.h"

namespace tracker::bench {

namespace {

struct Options {
    std::string folder;
    std::string db;
    bool incremental = false;
    bool queries = false;
    bool text_pages = false;  // --queries --text-pages
    int replicate = 0;  // --replicate TIMES
    bool time_new = false;
    std::vector<std::size_t> sizes{1'000, 10'000, 100'000};
    int runs = 15;
    double budget_seconds = 300;
};

void remove_database(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

std::uintmax_t database_bytes(const std::string& path) {
    std::uintmax_t bytes = 0;
    for (const char* suffix : {"", "-wal"})
        if (std::filesystem::exists(path + suffix)) bytes += std::filesystem::file_size(path + suffix);
    return bytes;
}

int run_floor(const Options& o, const extract::Extractor& extractor, const ArticleFolder& input) {
    auto store = open_store(o.db, extractor.families());
    const Stopwatch clock;
    {
        GroupCommit batches(*store);
        for (const Article& a : input.articles) {
            store->add_article(a, {}, extractor.lexicon_version());
            batches.written();
        }
        batches.finish();
    }
    const double seconds = clock.seconds();
    const double articles = static_cast<double>(input.articles.size());
    fmt::print("storage floor: {} articles, {:.1f} MB, no claims, in {:.3f} s: {:.2f} MB/s, {:.0f} articles/s; "
               "database {:.1f} MB\n",
               input.articles.size(), megabytes(input.text_bytes), seconds, megabytes(input.text_bytes) / seconds,
               articles / seconds, megabytes(database_bytes(o.db)));
    return 0;
}

// Times extract + add_article of each held-out article: the cost of one new article.
struct OneArticle {
    std::vector<double> total_ms;
    std::vector<double> store_ms;
    std::vector<double> store_cpu_ms;
};

OneArticle ingest_one_each(Store& store, const extract::Extractor& extractor, const std::vector<Article>& articles) {
    OneArticle out;
    for (const Article& a : articles) {
        const Stopwatch clock;
        const std::vector<Claim> claims = extractor.extract(a);
        const double extracted = clock.seconds();
        const CpuStopwatch cpu;
        store.add_article(a, claims, extractor.lexicon_version());
        out.store_cpu_ms.push_back(cpu.seconds() * 1e3);
        const double total = clock.seconds();
        out.total_ms.push_back(total * 1e3);
        out.store_ms.push_back((total - extracted) * 1e3);
    }
    return out;
}

// Builds the database up to `end` the way ingest does: extraction on worker threads, one writer.
void add_in_batches(Store& store, const extract::Extractor& extractor, std::vector<Article>::const_iterator begin,
                    std::vector<Article>::const_iterator end) {
    GroupCommit batches(store);
    const unsigned threads = std::max(2u, std::thread::hardware_concurrency());
    cli::run_in_order(
        static_cast<std::size_t>(end - begin), threads, 4 * threads,
        [&](std::size_t i) { return extractor.extract(*(begin + static_cast<std::ptrdiff_t>(i))); },
        [&](std::size_t i, std::vector<Claim>& claims) {
            store.add_article(*(begin + static_cast<std::ptrdiff_t>(i)), claims, extractor.lexicon_version());
            batches.written();
        });
    batches.finish();
}

void report_one_article(std::size_t size, Store& store, const extract::Extractor& extractor,
                        const std::vector<Article>& fresh) {
    const OneArticle one = ingest_one_each(store, extractor, fresh);
    const StoreStats stats = store.stats();
    const auto [fastest, slowest] = std::minmax_element(one.total_ms.begin(), one.total_ms.end());
    fmt::print("{:>7} articles ({} claims, {} propositions, {:.0f} MB): one new article: median {:.2f} ms "
               "(store {:.2f} ms wall, {:.2f} ms CPU), min {:.2f}, max {:.2f} ms over {} runs\n",
               size, stats.claims, stats.propositions, megabytes(static_cast<std::size_t>(stats.bytes)),
               median(one.total_ms), median(one.store_ms), median(one.store_cpu_ms), *fastest, *slowest,
               fresh.size());
}

int run_incremental(const Options& o, const extract::Extractor& extractor, const ArticleFolder& input) {
    const std::size_t held_count = static_cast<std::size_t>(o.runs) * o.sizes.size();
    if (input.articles.size() <= held_count) {
        fmt::print(stderr, "bench_store: {} articles are too few to hold out {}\n", input.articles.size(), held_count);
        return 1;
    }
    // The last articles are the new ones; the others build the database, in order.
    const auto held_begin = input.articles.end() - static_cast<std::ptrdiff_t>(held_count);
    auto store = open_store(o.db, extractor.families());
    const Stopwatch build_clock;
    auto next = input.articles.begin();
    auto next_held = held_begin;
    double rate = 0;  // articles/s of the last step built
    for (const std::size_t size : o.sizes) {
        const auto built_before = static_cast<std::size_t>(next - input.articles.begin());
        const auto available = static_cast<std::size_t>(held_begin - input.articles.begin());
        if (size > available) {
            fmt::print("{:>7} articles: not built: the corpus has {} articles to build with\n", size, available);
            break;
        }
        const double projected = rate > 0 ? static_cast<double>(size - built_before) / rate : 0;
        if (projected > o.budget_seconds) {
            fmt::print("{:>7} articles: not built: at the last step's {:.0f} articles/s (a rate that falls as the "
                       "database grows) this step alone would take about {:.0f} s or more, past --budget {:.0f} s\n",
                       size, rate, projected, o.budget_seconds);
            break;
        }
        const Stopwatch stage_clock;
        const auto stage_end = input.articles.begin() + static_cast<std::ptrdiff_t>(size);
        add_in_batches(*store, extractor, next, stage_end);
        next = stage_end;
        rate = static_cast<double>(size - built_before) / stage_clock.seconds();
        fmt::print("{:>7} articles: built in {:.1f} s in all (this step {:.0f} articles/s, with claims)\n", size,
                   build_clock.seconds(), rate);
        const std::vector<Article> fresh(next_held, next_held + o.runs);
        next_held += o.runs;
        report_one_article(size, *store, extractor, fresh);
    }
    return 0;
}

int time_new_articles(const std::string& db, const extract::Extractor& extractor, const std::vector<Article>& fresh) {
    if (!std::filesystem::exists(db)) {
        fmt::print(stderr, "bench_store: {}: no such database\n", db);
        return 1;
    }
    auto store = open_store(db, extractor.families());
    const StoreStats stats = store->stats();
    report_one_article(static_cast<std::size_t>(stats.articles), *store, extractor, fresh);
    return 0;
}

// Copies of the articles and claims, all columns but the ones that must differ (a copy is a new
// article: identity, path and content hash get a suffix). Bench-only SQL, tied to the schema of
// schema/sqlite/ (migration 6); the product never writes this way.
constexpr char k_copy_articles[] = R"(
INSERT INTO articles (id, identity, path, url, title, author, source_id, reported_date, text, body,
                      content_hash, simhash, band0, band1, band2, band3, origin_source, lexicon_version,
                      ingested_at)
SELECT id + ?1, identity || ?2, path || ?2, url, title, author, source_id, reported_date, text, body,
       content_hash || ?2, simhash, band0, band1, band2, band3, origin_source, lexicon_version, ingested_at
FROM articles WHERE id <= ?3)";
constexpr char k_copy_claims[] = R"(
INSERT INTO claims (article_id, proposition_id, actor, allegation, hardware, hardware_family, object, claimant,
                    polarity, modality, event_date, when_start, when_end, evidence, evidence_start,
                    evidence_end, confidence, cue, origin, reported_date, has_quantity,
                    evidence_token_start, evidence_token_end)
SELECT article_id + ?1, proposition_id, actor, allegation, hardware, hardware_family, object, claimant,
       polarity, modality, event_date, when_start, when_end, evidence, evidence_start, evidence_end,
       confidence, cue, origin, reported_date, has_quantity, evidence_token_start, evidence_token_end
FROM claims WHERE article_id <= ?2)";
// The store indexes what it writes at each batch's end (schema/sqlite/0011, 0016); the copies'
// texts and evidence, written behind its back, are indexed here, the evidence in key order.
constexpr char k_index_copied_texts[] = "INSERT INTO articles_fts(rowid, text) SELECT id, text FROM articles WHERE id > ?";
constexpr char k_select_copied_evidence[] =
    "SELECT id, when_start, evidence FROM claims WHERE article_id > ? ORDER BY when_start, id";
constexpr char k_index_copied_evidence[] = "INSERT INTO evidence_fts(rowid, evidence) VALUES (?, ?)";

void index_copies(SQLite::Database& db, std::int64_t after_article) {
    SQLite::Statement texts(db, k_index_copied_texts);
    texts.bind(1, after_article);
    texts.exec();
    SQLite::Statement claims(db, k_select_copied_evidence);
    SQLite::Statement insert(db, k_index_copied_evidence);
    claims.bind(1, after_article);
    while (claims.executeStep()) {
        insert.bind(1, tracker::store::timeline_key(claims.getColumn(1).getString(), claims.getColumn(0).getInt64()));
        insert.bind(2, claims.getColumn(2).getString());
        insert.exec();
        insert.reset();
    }
}

// Every copy is a syndicated copy of its original: same origins, first reports and statuses; each
// count of claims or articles is multiplied.
constexpr const char* k_multiply_counts[] = {
    "UPDATE propositions SET claims = claims * ?1, articles = articles * ?1",
    "UPDATE proposition_origins SET claims = claims * ?1",
    "UPDATE proposition_hardware SET claims = claims * ?1",
    "UPDATE proposition_quantities SET claims = claims * ?1",
    // The counts of `stats` (migrations 0012, 0014, 0017): the store raises them as it inserts
    // claims and articles, and this copy inserts them behind its back (the sources stay).
    "UPDATE store_counts SET value = value * ?1 WHERE name IN ('claims', 'articles')",
    "UPDATE articles_per_source SET articles = articles * ?1",
};

void replicate_database(const std::string& path, int times) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = OFF");  // a bench database: rebuilt if the machine falls over
    db.exec("PRAGMA cache_size = -262144");
    const std::int64_t last = db.execAndGet("SELECT max(id) FROM articles").getInt64();
    const Stopwatch clock;
    for (int copy = 1; copy < times; ++copy) {
        SQLite::Transaction transaction(db);
        SQLite::Statement articles(db, k_copy_articles);
        articles.bind(1, last * copy);
        articles.bind(2, fmt::format("#copy{}", copy));
        articles.bind(3, last);
        articles.exec();
        SQLite::Statement claims(db, k_copy_claims);
        claims.bind(1, last * copy);
        claims.bind(2, last);
        claims.exec();
        index_copies(db, last * copy);
        transaction.commit();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        fmt::print("copy {} of {}: {} articles in {:.0f} s in all\n", copy, times - 1, last * (copy + 1),
                   clock.seconds());
    }
    SQLite::Transaction transaction(db);
    for (const char* sql : k_multiply_counts) {
        SQLite::Statement multiply(db, sql);
        multiply.bind(1, times);
        multiply.exec();
    }
    transaction.commit();
}

int run_replicate(const Options& o, const extract::Extractor& extractor, const ArticleFolder& input) {
    if (!std::filesystem::exists(o.db)) {
        fmt::print(stderr, "bench_store: {}: no such database (run --incremental first)\n", o.db);
        return 1;
    }
    // The articles just before the ones --incremental held out were built into nothing.
    const std::size_t held_count = static_cast<std::size_t>(o.runs) * o.sizes.size();
    if (input.articles.size() < held_count + static_cast<std::size_t>(o.runs)) {
        fmt::print(stderr, "bench_store: {} articles are too few\n", input.articles.size());
        return 1;
    }
    const auto fresh_end = input.articles.end() - static_cast<std::ptrdiff_t>(held_count);
    const std::vector<Article> fresh(fresh_end - o.runs, fresh_end);
    replicate_database(o.db, o.replicate);
    return time_new_articles(o.db, extractor, fresh);
}

std::vector<std::size_t> parse_sizes(const std::string& text) {
    std::vector<std::size_t> sizes;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (const long n = std::atol(item.c_str()); n > 0) sizes.push_back(static_cast<std::size_t>(n));
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--db" && has_value) o.db = argv[++i];
        else if (arg == "--incremental") o.incremental = true;
        else if (arg == "--queries") o.queries = true;
        else if (arg == "--text-pages") o.text_pages = true;
        else if (arg == "--time-new") o.time_new = true;
        else if (arg == "--replicate" && has_value) o.replicate = std::max(2, std::atoi(argv[++i]));
        else if (arg == "--sizes" && has_value) o.sizes = parse_sizes(argv[++i]);
        else if (arg == "--runs" && has_value) o.runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--budget" && has_value) o.budget_seconds = std::atof(argv[++i]);
        else if (o.folder.empty() && !arg.starts_with("-")) o.folder = arg;
        else return false;
    }
    return (o.queries || !o.folder.empty()) && !o.db.empty() && !o.sizes.empty();
}

// Median milliseconds of `runs` calls of `query`, and the rows of the last.
template <class Query>
void time_query(const std::string& name, int runs, Query query) {
    std::vector<double> ms;
    std::size_t rows = 0;
    for (int r = 0; r < runs; ++r) {
        const Stopwatch clock;
        rows = query().size();
        ms.push_back(clock.seconds() * 1e3);
    }
    const auto [fastest, slowest] = std::minmax_element(ms.begin(), ms.end());
    fmt::print("{}: median {:.2f} ms, min {:.2f}, max {:.2f} over {} runs; {} rows\n", name, median(ms), *fastest,
               *slowest, runs, rows);
}

// --text-pages: first pages of `query --text` for words of every frequency and spread over the
// timeline (at 100k generated articles: "subpoena" in 966 claims whose 20th is the 73,122nd of
// the timeline, "qwen" 7,316 and its 14,530th, "rubin" 71,114 and its 6,902nd, "said" 410,570),
// phrases, a word nowhere, and words with --actor. Each page is checked against the first 20 of
// the whole list (not timed; skipped for "said", 410k rows), and printed as a fingerprint of its
// claims (article path and evidence offsets, which both backends store alike), to compare
// SQLite's pages with PostgreSQL's.
void time_text_pages(Store& store, int runs) {
    struct Page {
        const char* actor;
        const char* words;
    };
    for (const Page& p : std::initializer_list<Page>{{"", "subpoena"}, {"", "evasion"}, {"", "qwen"}, {"", "license"},
                                                     {"", "smuggled"}, {"", "rubin"}, {"", "said"},
                                                     {"", "export license"}, {"", "smuggled chips"},
                                                     {"", "zyzzyva"}, {"DeepSeek", "smuggled"}, {"Tencent", "said"},
                                                     {"Huawei", "license"}, {"DeepSeek", "zyzzyva"}}) {
        ClaimFilter f;
        f.actor = p.actor;
        f.text = p.words;
        const std::string name =
            fmt::format("query{} --text '{}' --limit 20", *p.actor ? fmt::format(" --actor {}", p.actor) : "", p.words);
        f.limit = 20;
        const std::vector<StoredClaim> page = store.find_claims(f);
        std::uint64_t fingerprint = 1469598103934665603ull;  // FNV-1a over the page's claims
        for (const StoredClaim& c : page)
            for (const std::string& part : {c.article_path, std::to_string(c.claim.evidence_start),
                                            std::to_string(c.claim.evidence_end)})
                for (const char ch : part + '\n') fingerprint = (fingerprint ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
        std::string same = "not checked";
        if (std::string(p.words) != "said") {
            f.limit = 0;
            const std::vector<StoredClaim> all = store.find_claims(f);
            bool equal = page.size() == std::min<std::size_t>(all.size(), 20);
            for (std::size_t n = 0; equal && n < page.size(); ++n) equal = all[n].id == page[n].id;
            same = equal ? "the whole list's first" : "DIFFERENT from the whole list's first";
            f.limit = 20;
        }
        time_query(name, runs, [&] { return store.find_claims(f); });
        fmt::print("  its page: {:016x}, {}\n", fingerprint, same);
    }
}

int run_queries(const Options& o, const extract::Extractor& extractor) {
    const bool server = o.db.find("://") != std::string::npos;  // a PostgreSQL URL: no file to look for
    if (!server && !std::filesystem::exists(o.db)) {
        fmt::print(stderr, "bench_store: {}: no such database\n", o.db);
        return 1;
    }
    auto store = open_store(o.db, extractor.families());
    const StoreStats stats = store->stats();
    fmt::print("{}: {} articles, {} claims, {} propositions, {:.0f} MB\n", shown_location(o.db), stats.articles, stats.claims,
               stats.propositions, megabytes(static_cast<std::size_t>(stats.bytes)));
    ClaimFilter actor, contradicted, word;
    actor.actor = "DeepSeek";
    contradicted.status = "contradicted";
    word.text = "smuggled";
    auto first_page = [](ClaimFilter f, std::int64_t rows) {
        f.limit = rows;
        return f;
    };
    time_query("query --actor DeepSeek --limit 20", o.runs, [&] { return store->find_claims(first_page(actor, 20)); });
    time_query("propositions --status contradicted --limit 50", o.runs,
               [&] { return store->find_propositions(first_page(contradicted, 50)); });
    ClaimFilter table = first_page(contradicted, 50);
    table.with_claim_ids = false;
    time_query("propositions --status contradicted --limit 50, as a table (no claim ids)", o.runs,
               [&] { return store->find_propositions(table); });
    time_query("propositions --status contradicted (all)", o.runs,
               [&] { return store->find_propositions(contradicted); });
    time_query("query --text smuggled --limit 20", o.runs, [&] { return store->find_claims(first_page(word, 20)); });
    time_query("query --text smuggled (all)", o.runs, [&] { return store->find_claims(word); });
    // A word most articles hold, and two words that share a sentence far less often than an
    // article: the other two cases of the text search's plan (src/store/sqlite/sqlite_queries.cpp).
    for (const char* words : {"said", "export license"}) {
        ClaimFilter text;
        text.text = words;
        time_query(fmt::format("query --text '{}' --limit 20", words), o.runs,
                   [&] { return store->find_claims(first_page(text, 20)); });
    }
    if (o.text_pages) time_text_pages(*store, o.runs);
    return 0;
}

int run(const Options& o) {
    auto extractor = extract::Extractor::load();
    if (!extractor) {
        fmt::print(stderr, "bench_store: {}\n", extractor.error().message());
        return 1;
    }
    if (o.queries) return run_queries(o, **extractor);
    const ArticleFolder input = load_article_folder(o.folder);
    if (input.articles.empty()) {
        fmt::print(stderr, "bench_store: no articles in {}\n", o.folder);
        return 1;
    }
    if (o.replicate) return run_replicate(o, **extractor, input);
    if (o.time_new) {
        const auto count = static_cast<std::ptrdiff_t>(std::min(input.articles.size(), std::size_t(o.runs)));
        return time_new_articles(o.db, **extractor, {input.articles.begin(), input.articles.begin() + count});
    }
    remove_database(o.db);
    return o.incremental ? run_incremental(o, **extractor, input) : run_floor(o, **extractor, input);
}

}  // namespace

}  // namespace tracker::bench

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured, even into a file
    tracker::bench::Options options;
    if (!tracker::bench::parse_options(argc, argv, options)) {
        fmt::print(stderr,
                   "usage: bench_store --db PATH --queries [--text-pages] [--runs N]\n"
                   "       bench_store FOLDER --db PATH [--incremental [--sizes 1000,10000,100000] [--runs N] "
                   "[--budget SECONDS]]\n"
                   "       bench_store FOLDER --db PATH --replicate TIMES [--runs N]\n"
                   "       bench_store FOLDER --db PATH --time-new [--runs N]\n");
        return 2;
    }
    return tracker::bench::run(options);
}
