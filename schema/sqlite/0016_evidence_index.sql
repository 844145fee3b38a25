-- 0016_evidence_index: the claims' evidence in an FTS5 index of its own, keyed in timeline order,
-- so that a text search's first page reads only as far as its last match (issue 18;
-- src/store/sqlite/evidence_index.h). 0006 dropped the evidence's first index, claims_fts, which
-- FTS5 wrote out at every article's savepoint; this one is written once per batch, as
-- articles_fts is since 0011, in key order.
--
-- Invariant this file creates (0006's invariants 10 and 11 still hold: a text search combined
-- with other filters reads the words' positions from articles_fts):
--  12. Every committed claim's evidence is in evidence_fts, once, under the rowid
--      timeline_key(when_start, id) (evidence_index.h), and nothing else is. SqliteStore inserts
--      a claim's entry at the end of its article's transaction or batch, in key order (FTS5
--      writes its pending terms out whenever a rowid is not above the last), and removes an
--      article's entries (FTS5's 'delete', with the evidence) before deleting its claims, unless
--      they were never inserted; this migration's follow-up fills it for the claims already
--      stored. Contentless: the evidence is read from claims.
CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence, content='', columnsize=0);

PRAGMA user_version = 16;
