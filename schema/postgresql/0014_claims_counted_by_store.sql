-- 0014: nothing to change on PostgreSQL, which keeps no store_counts (see 0012). The number keeps
-- both backends' migrations in step.
UPDATE schema_version SET version = 14;
