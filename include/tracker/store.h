// The store: where articles, claims and propositions live.
//
// One interface, many backends (as ccache's remote storage): `open_store` picks the backend from
// the location's scheme. A plain path or `sqlite:PATH` is the embedded SQLite database, the
// default; `postgresql://` a PostgreSQL server, for teams (issue 17). The interface speaks in the claim model's terms
// and never in SQL.
//
// Guarantees every backend gives:
//  - `add_article` is atomic: the article, its claims and the propositions they touch are
//    stored together or not at all. On its own it is one transaction; inside a batch
//    (`begin_batch` ... `commit_batch`, see GroupCommit) it is a savepoint of the batch's
//    transaction, so a failure undoes that article alone, and the batch's articles become
//    durable and visible together at commit. A crash loses the uncommitted batch, never part
//    of an article; adding the same inputs again stores each article once.
//  - The same text under the same path/URL is stored once: adding it again changes nothing.
//    New text under a known path/URL replaces that article and its claims atomically.
//  - Propositions are kept up to date incrementally: adding an article recomputes only the
//    propositions its claims (and the claims it replaces) belong to.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tracker/article.h"
#include "tracker/claim.h"

namespace tracker {

// A claim as stored, with where it came from and its proposition's standing.
struct StoredClaim {
    std::int64_t id = 0;
    Claim claim;
    std::int64_t article_id = 0;
    std::string article_title;
    std::string article_path;
    std::string article_url;
    std::string source;          // the article's publisher
    std::string reported_date;   // the article's date
    std::string origin;          // the independent origin this claim counts for
    std::int64_t proposition_id = 0;
    std::string status;          // the proposition's status
    int supporting = 0;          // independent origins asserting the proposition
    int denying = 0;             // independent origins denying it
    std::string lexicon_version;
};

struct Proposition {
    std::int64_t id = 0;
    std::string actor;
    std::string allegation;
    std::string hardware;        // "" = null; the chip or family as its claims name it
    std::string object;          // "" = null
    std::string status;          // contradicted | corroborated | denied | single-source
    // A family's proposition (Nvidia Hopper) counts, lists and dates the claims of its members'
    // propositions (Nvidia H200, same actor, allegation and object) with its own.
    std::vector<std::string> supporting_origins;
    std::vector<std::string> denying_origins;
    int articles = 0;
    std::vector<std::int64_t> claims;
    std::string first_reported;  // earliest reported date among its claims
    std::string first_denied;    // earliest reported date of a denying claim, "" when none
    std::vector<std::string> conflicts;
};

// One change to a proposition, as `tracker changes` lists it (schema/sqlite/0008): when a
// settling of the store found it new, its status moved, or it gained a denying origin, a
// supporting origin or a value conflict.
struct PropositionChange {
    std::int64_t id = 0;
    std::int64_t proposition_id = 0;
    std::string actor;
    std::string allegation;
    std::string hardware;        // "" = null
    std::string object;          // "" = null
    std::string change;          // new | status | denial | conflict | origin
    std::string from;            // status: the status before; else ""
    std::string to;              // new, status: the status; denial, origin: the origin; conflict: it
    std::string at;              // ISO 8601 UTC, to the second
    std::int64_t article_id = 0; // the article that caused it; 0 when unknown or gone
    std::string article_title;
    std::string article_path;
    std::string article_url;
    std::string article_source;
};

struct ArticleSummary {
    std::int64_t id = 0;
    std::string title;
    std::string source;
    std::string url;
    std::string path;
    std::string author;
    std::string reported_date;
    std::string ingested_at;     // ISO 8601 UTC timestamp
    int claims = 0;
    std::string lexicon_version;
};

// Filters shared by claims, propositions and articles; an empty field filters nothing.
// Values are matched literally (no SQL, no FTS syntax, no wildcards).
struct ClaimFilter {
    std::string actor;
    std::string allegation;
    std::string hardware;        // a family matches its members too
    std::string claimant;
    std::string source;
    std::string status;
    std::string since;           // ISO date, inclusive, on event date else reported date
    std::string until;           // ISO date, inclusive
    std::string text;            // words that must all occur in the evidence
    double min_confidence = 0;   // claims at least this sure; propositions with such a claim
    std::int64_t proposition_id = 0;
    std::int64_t limit = 0;      // 0 = no limit
    bool undated = false;        // articles only: those with no reported date (issue 16)
    // Not a filter: whether find_propositions lists each proposition's claim ids (JSON output
    // needs them; a table does not, and on a large database they are most of the work).
    bool with_claim_ids = true;
};

enum class AddOutcome { added, unchanged, replaced };

struct AddResult {
    AddOutcome outcome = AddOutcome::added;
    std::int64_t article_id = 0;
    int claims = 0;
};

struct NameCount {
    std::string name;
    int count = 0;
};

// An actor no lexicon lists (issue 15), as `tracker actors --new` shows it: seen on the dates of
// the articles that name it (their ingest day when undated).
struct OpenWorldActor {
    std::string name;
    std::string kind;        // person | company, as guessed
    int claims = 0;
    std::string first_seen;  // YYYY-MM-DD
    std::string last_seen;
    std::string evidence;    // the sentence of its most confident claim
    std::int64_t claim_id = 0;  // that claim
};

struct StoreStats {
    std::int64_t articles = 0;
    std::int64_t claims = 0;
    std::int64_t propositions = 0;
    std::int64_t sources = 0;
    std::int64_t bytes = 0;            // size of the database
    std::string last_import;           // ISO timestamp of the newest ingest, "" when empty
    std::vector<NameCount> by_status;  // propositions per status
};

// A feed subscription (`tracker feed add`) and what its last `feed update` found.
struct FeedSubscription {
    std::int64_t id = 0;
    std::string url;             // an http(s) URL or a local file's absolute path
    std::string title;           // the feed's own title, once fetched
    std::string etag;            // validators of the last 200 response, for a conditional GET
    std::string last_modified;
    std::string last_checked;    // ISO 8601 UTC, "" when never updated
    std::string last_status;     // "ok", "unchanged" or "failed: reason"
    int items = 0;               // items imported from it
    bool fetch_articles = false; // its items' pages are fetched for their text (issue 16)
};

// What `feed update` learnt about a feed; written after each fetch.
struct FeedState {
    std::string title;
    std::string etag;
    std::string last_modified;
    std::string last_checked;
    std::string last_status;
};

// What the store needs to know about hardware to group claims into propositions.
// `family_of("Nvidia B200")` is "Nvidia Blackwell"; a name with no family is its own root.
class HardwareFamilies {
public:
    virtual ~HardwareFamilies() = default;
    virtual std::string family_of(const std::string& hardware) const = 0;
};

class Store {
public:
    virtual ~Store() = default;

    // Stores an article with its claims (see the guarantees above). `claims` evidence offsets
    // index `article.text`.
    virtual AddResult add_article(const Article& article, const std::vector<Claim>& claims,
                                  const std::string& lexicon_version) = 0;

    // Replaces the claims of a stored article (reextract), in one transaction.
    virtual int replace_claims(std::int64_t article_id, const std::vector<Claim>& claims,
                               const std::string& lexicon_version) = 0;

    virtual std::vector<StoredClaim> find_claims(const ClaimFilter& filter) = 0;
    virtual std::optional<StoredClaim> find_claim(std::int64_t id) = 0;
    virtual std::vector<Proposition> find_propositions(const ClaimFilter& filter) = 0;
    virtual std::optional<Proposition> find_proposition(std::int64_t id) = 0;
    // The changes to propositions at or after `since` (ISO 8601 UTC, 'YYYY-MM-DDTHH:MM:SSZ'),
    // oldest first. A proposition's history starts when the store first kept one (0008).
    virtual std::vector<PropositionChange> find_changes(const std::string& since) = 0;
    virtual std::vector<ArticleSummary> find_articles(const ClaimFilter& filter) = 0;
    virtual std::optional<Article> load_article(std::int64_t id) = 0;
    // Ids of the articles whose claims came from another lexicon version than `version`.
    virtual std::vector<std::int64_t> articles_not_at(const std::string& version) = 0;

    // Feed subscriptions, by URL (or absolute path). add_feed is false when already subscribed,
    // remove_feed false when not subscribed; removing forgets the imported keys, not the articles.
    virtual bool add_feed(const std::string& url) = 0;
    virtual bool remove_feed(const std::string& url) = 0;
    virtual std::vector<FeedSubscription> list_feeds() = 0;
    virtual void update_feed_state(std::int64_t feed_id, const FeedState& state) = 0;
    // Whether `feed update` fetches the pages the feed's items link to (`feed add --fetch-articles`).
    virtual void set_feed_fetch_articles(std::int64_t feed_id, bool fetch_articles) = 0;
    // True when the feed's item `key` was imported already.
    virtual bool item_imported(std::int64_t feed_id, const std::string& key) = 0;
    // add_article, and the item marked imported, in the same transaction: a crash leaves either
    // both or neither, so the next update neither loses nor repeats the item.
    virtual AddResult add_feed_item(std::int64_t feed_id, const std::string& key, const Article& article,
                                    const std::vector<Claim>& claims, const std::string& lexicon_version) = 0;

    // Group commit (see the guarantees above). A batch holds the write lock until it ends, so
    // keep it short (GroupCommit ends one every second at most). Without a batch each
    // write is its own transaction. rollback_batch undoes every article of the batch.
    // The propositions a batch touches are brought up to date once, by commit_batch: read
    // them after it.
    virtual void begin_batch() = 0;
    virtual void commit_batch() = 0;
    virtual void rollback_batch() = 0;

    // Called once a command has written all it writes (ingest, reextract, feed update), outside
    // any batch. A server store whose tables the run grew by a large part makes them ready for
    // the reads that follow (PostgreSQL: VACUUM ANALYZE, so that index-only scans need no heap
    // visit right after a bulk import rather than after autovacuum's next pass). SQLite: nothing.
    virtual void finish_writing() {}

    // Keeps two `feed update` runs from importing at once, where the store has a lock of its own
    // that every machine sharing it sees (a server's): true once taken (held until the store is
    // closed), false when another run still holds it after `wait_seconds`. std::nullopt when the
    // store has none, and a lock file beside the database does it (cli/update_lock.h).
    virtual std::optional<bool> lock_feed_updates(int wait_seconds) {
        (void)wait_seconds;
        return std::nullopt;
    }

    virtual std::vector<NameCount> actors() = 0;
    // The open-world actors, newest first (first seen), then by name.
    virtual std::vector<OpenWorldActor> open_world_actors() = 0;
    virtual std::vector<NameCount> sources() = 0;
    virtual StoreStats stats() = 0;
};

// Writes many articles in batches, each committed when it is `max_articles` long or
// `max_age` old, whichever comes first; used by ingest, feed update and reextract. Its
// destructor commits what the open batch holds (every article in it is whole), so an
// exception leaves the articles written before it stored.
class GroupCommit {
public:
    struct Limits {
        std::size_t max_articles = 1000;
        std::chrono::milliseconds max_age{1000};
    };
    explicit GroupCommit(Store& store) : GroupCommit(store, Limits{}) {}
    GroupCommit(Store& store, Limits limits);
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;
    ~GroupCommit();

    // Call after each article written: ends the batch when it is full or old, and starts the next.
    void written();
    // Commits the open batch; call once when done.
    void finish();

private:
    Store& m_store;
    Limits m_limits;
    bool m_open = false;
    std::size_t m_articles = 0;
    std::chrono::steady_clock::time_point m_started;
};

// What a command needs of the store. `read`: it only reads, so a database it may not write (on a
// read-only file system or medium, a write-protected file) is opened read-only rather than
// refused; it must then already have this binary's schema.
enum class Access { write, read };

// Opens (creating and migrating if needed) the store at `location`: a path, `sqlite:PATH`, or a
// PostgreSQL connection URI (postgresql://USER@HOST:PORT/DB, postgres://...). Throws Fatal when it
// cannot be opened or migrated, naming the location (a URL's password hidden) and the reason;
// UsageFatal for a malformed URL or an unknown scheme.
std::unique_ptr<Store> open_store(const std::string& location, const HardwareFamilies& families,
                                  Access access = Access::write);

// `location` as it may be shown (stats, messages): a URL's password replaced by ***.
std::string shown_location(const std::string& location);

}  // namespace tracker
