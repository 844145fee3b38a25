-- 0017: PostgreSQL keeps no store_counts (see 0012), so only SQLite's other change applies:
-- articles_content_hash is dropped. No query reads articles by content hash (an article is found
-- by identity, then its hash compared), and each article paid an index entry for it.
DROP INDEX articles_content_hash;

UPDATE schema_version SET version = 17;
