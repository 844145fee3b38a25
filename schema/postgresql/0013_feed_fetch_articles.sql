-- 0013_feed_fetch_articles: whether `feed update` fetches the page each new item links to
-- (issue 16, `feed add URL --fetch-articles`), as schema/sqlite/0013: feeds.fetch_articles is 0
-- or 1, 0 for feeds subscribed before.
ALTER TABLE feeds ADD COLUMN fetch_articles integer NOT NULL DEFAULT 0 CHECK (fetch_articles IN (0, 1));

UPDATE schema_version SET version = 13;
