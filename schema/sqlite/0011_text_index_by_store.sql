-- 0011_text_index_by_store: articles_fts is written by the store, no longer by triggers.
--
-- FTS5 writes its pending terms out at every savepoint, and a batch of ingested articles holds
-- one savepoint per article, so indexing each article's text as it was inserted cost three times
-- what indexing a batch's texts together costs (src/store/sqlite/text_index_queue.h). Invariant
-- this file creates, and the code that keeps it (SqliteStore, TextIndexQueue):
--  1. Every committed article's text is in articles_fts under its id, as before. The store
--     inserts it at the end of the article's own transaction, or of its batch, in the same
--     transaction as the article; before deleting an article it removes its text from the index
--     unless that text was never indexed (added and deleted within one batch).
--  2. No statement changes articles.text in place: a new text under a known identity is a new
--     article (the old one deleted).
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;

PRAGMA user_version = 11;
