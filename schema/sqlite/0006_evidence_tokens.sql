-- 0006_evidence_tokens: text search in a claim's evidence goes through articles_fts, and the
-- evidence's own FTS5 index (claims_fts) is dropped: it indexed again, claim by claim, sentences
-- that articles_fts already holds, and cost a quarter of an ingest (bench/RESULTS.md).
--
-- Invariant this file creates (it replaces the claims_fts half of 0001's invariant 8):
--  10. claims.evidence_token_start/evidence_token_end are the evidence's span
--      [evidence_start, evidence_end) of its article's text in token positions, as articles_fts
--      numbers the tokens of that text (FTS5's unicode61 tokenizer, a token per position):
--      the first token starting at or after evidence_start, and the first starting at or after
--      evidence_end. SqliteStore writes them with each claim (src/store/sqlite/evidence_search.h);
--      this migration's follow-up fills them for the claims already stored. A search keeps a
--      claim when every word of the query occurs in its article within that range.
--  11. longest_evidence.tokens (one row, id 1) is at least the largest
--      evidence_token_end - evidence_token_start of any claim: SqliteStore raises it with each
--      article, nothing lowers it. A search looks for claims only where its words come that near
--      together.

ALTER TABLE claims ADD COLUMN evidence_token_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN evidence_token_end INTEGER NOT NULL DEFAULT 0;

CREATE TABLE longest_evidence (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    tokens INTEGER NOT NULL
);
INSERT INTO longest_evidence (id, tokens) VALUES (1, 0);

DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claims_fts;

PRAGMA user_version = 6;
