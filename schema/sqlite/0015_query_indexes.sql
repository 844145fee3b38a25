-- 0015_query_indexes: nothing to change on SQLite. PostgreSQL's 0015 makes its indexes of
-- claims end with the claim's id, as SQLite's do already (an index's entries end with the rowid,
-- here the id), and indexes the evidence's whole words (SQLite reads them from articles_fts,
-- 0006). The number keeps both backends' migrations in step.
PRAGMA user_version = 15;
