-- 0012: nothing to change on PostgreSQL yet. SQLite's 0012 keeps `stats`' counts in a table
-- written by triggers; PostgresStore::stats counts (issue 18's constant-time stats is measured
-- on SQLite). The number keeps both backends' migrations in step.
UPDATE schema_version SET version = 12;
