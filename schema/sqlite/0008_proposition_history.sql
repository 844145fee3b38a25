-- 0008_proposition_history: what happened to each proposition, and when, so that `tracker
-- changes --since WHEN` can say what changed overnight (issue 19).
--
-- Invariants this file creates, and the code that relies on them (PropositionUpdater writes the
-- rows when it settles a proposition, src/store/sqlite/proposition_history.cpp; SqliteQueries
-- reads them):
--  1. proposition_changes holds one row per change, written by the COMMIT that settled it (a
--     batch of ingest, feed update or reextract settles each proposition once), all of one
--     settling with the same `at`: ISO 8601 UTC to the second, 'YYYY-MM-DDTHH:MM:SSZ', so
--     that text order is time order.
--  2. change is one of
--       new       the proposition appeared; to_value its status
--       status    its status moved; from_value -> to_value
--       denial    a new denying origin; to_value the origin
--       origin    a new supporting origin; to_value the origin
--       conflict  a new value conflict among its quantities; to_value the conflict
--     A proposition created by the settling has a `new` row and no other. An origin that left
--     and came back within one settling (a reextract removes an article's claims and adds them
--     again) is no change; neither is a status that ends where it began.
--  3. article_id is the article whose claims caused it (for a status, the last article that
--     moved an origin). It has no foreign key: an article replaced by new content may take
--     back its id, and then the change points to its replacement; a deleted one reads as none.
--  4. A proposition deleted (left without claims) takes its history with it (CASCADE, through
--     proposition_changes_proposition).
-- Propositions stored before this migration have no history: it starts here.

CREATE TABLE proposition_changes (
    id             INTEGER PRIMARY KEY,
    proposition_id INTEGER NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    change         TEXT NOT NULL,
    from_value     TEXT,
    to_value       TEXT NOT NULL,
    article_id     INTEGER
);
CREATE INDEX proposition_changes_at ON proposition_changes(at);
CREATE INDEX proposition_changes_proposition ON proposition_changes(proposition_id);

PRAGMA user_version = 8;
