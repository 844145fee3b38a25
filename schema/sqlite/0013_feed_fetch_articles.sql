-- 0013_feed_fetch_articles: whether `feed update` fetches the page each new item links to and
-- stores its main content as the article's text (issue 16, `feed add URL --fetch-articles`).
--
-- Invariants this file creates, and the code that relies on them:
--  1. feeds.fetch_articles is 0 or 1; feeds subscribed before this migration have 0 (their
--     items keep the text the feed carries). SqliteStore::list_feeds reads it into
--     FeedSubscription::fetch_articles, SqliteStore::set_feed_fetch_articles writes it, and
--     FeedUpdate fetches the pages of a feed that has 1 (or of every feed under
--     `feed update --fetch-articles`).

ALTER TABLE feeds ADD COLUMN fetch_articles INTEGER NOT NULL DEFAULT 0 CHECK (fetch_articles IN (0, 1));

PRAGMA user_version = 13;
