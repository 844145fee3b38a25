-- 0016: nothing to change on PostgreSQL, whose text search does not go through SQLite's
-- articles_fts (pg_text_search.h). The number keeps both backends' migrations in step.
UPDATE schema_version SET version = 16;
