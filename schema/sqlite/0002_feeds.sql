-- 0002_feeds: feed subscriptions and the items already imported from them (issue 5).
--
-- Invariants this file creates, and the code that relies on them:
--  1. feeds.url is UNIQUE: a URL, or a local file's absolute path, is subscribed once.
--     SqliteStore::add_feed inserts with ON CONFLICT DO NOTHING and reports whether it was new.
--  2. feed_items is UNIQUE on (feed_id, item_key): an item (its guid/id, else link, else hash) is
--     imported once per feed. SqliteStore::add_feed_item writes the article and this row in one
--     transaction, so an item is marked imported exactly when its article is stored.
--  3. feed_items.feed_id REFERENCES feeds ON DELETE CASCADE: removing a feed forgets its items
--     (the articles stay: they are the record); article_id is SET NULL if an article goes.
--  4. etag and last_modified are the validators of the last 200 response, '' when none; they
--     are sent back as If-None-Match / If-Modified-Since by `feed update`.

CREATE TABLE feeds (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_checked  TEXT NOT NULL DEFAULT '',  -- ISO 8601 UTC of the last `feed update` of it
    last_status   TEXT NOT NULL DEFAULT '',  -- "ok", "unchanged" or "failed: reason"
    added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;

CREATE INDEX feed_items_article ON feed_items (article_id);

PRAGMA user_version = 2;
