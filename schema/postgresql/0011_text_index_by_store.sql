-- 0011: nothing to change on PostgreSQL. SQLite's 0011 moved its FTS5 index of the articles'
-- texts from triggers into the store (FTS5 flushes at every savepoint); PostgreSQL's text search
-- (pg_text_search.h) keeps the words beside each row as it is written. The number keeps both
-- backends' migrations in step.
UPDATE schema_version SET version = 11;
