-- 0017_counted_by_store: the store, not triggers, raises the counts of `stats` when it inserts an
-- article or a proposition or changes a proposition's status (issue 18), as 0014 did for claims.
-- An INSERT or UPDATE that fires a trigger makes SQLite open a statement journal, which copies
-- every page the statement touches before changing it: for an article, its row, its overflow
-- pages and its index entries. Deletions keep their triggers (count_article_delete,
-- count_claim_delete, count_proposition_delete): they are rare, and the store would have to read
-- a row before deleting it to count it.
--
-- Invariants this file changes (0012's invariants 1-3 still hold at every COMMIT):
--  1. articles_per_source (hence store_counts('sources')): raised by SqliteStore::insert_article
--     right after the article's INSERT (nothing else inserts articles). store_counts('articles'),
--     and since this file store_counts('claims') (0014) and longest_evidence (0006): added up by
--     the store as it inserts articles and claims, and written at the end of the article's own
--     transaction or of its batch (src/store/sqlite/pending_counts.h); an article rolled back
--     adds nothing. The deletions' triggers subtract at once, and the sums commute.
--  2. store_counts('propositions') and store_counts('status:single-source'): raised by
--     PropositionUpdater::find_or_insert right after it inserts a proposition, whose status is
--     then the column's default, 'single-source' (nothing else inserts propositions).
--  3. store_counts('status:' || S): moved by PropositionUpdater::finish when it changes a
--     proposition's status (nothing else updates propositions.status).
-- Also: articles_content_hash is dropped. No query reads articles by content hash (an article is
-- found by identity, then its hash compared), and each article paid an index entry at a random
-- place of that index.
-- And articles_fts keeps up to 16 MiB of pending terms in memory (FTS5's 'hashsize', 1 MiB by
-- default) before writing them out as a segment: a batch of 1,000 articles (about 5 MB of text)
-- is then written as one segment instead of about six that FTS5 then merges. Indexing the 40 MiB
-- corpus in batches of 1,000 took 0.71-0.74 s of CPU instead of 0.93-0.98 s (Python, the same
-- SQLite); queries read as many segments as before. The memory is bounded by the setting, not by
-- the batch.
DROP TRIGGER count_article_insert;
DROP TRIGGER count_proposition_insert;
DROP TRIGGER count_proposition_status;
DROP INDEX articles_content_hash;
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 16777216);

PRAGMA user_version = 17;
