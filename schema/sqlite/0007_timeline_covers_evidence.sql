-- 0007_timeline_covers_evidence: the timeline index also holds what a text search tests of each
-- claim (evidence_holds(article_id, evidence_token_start, evidence_token_end), see 0006), so that
-- a search's first page walks the index and reads a claim's row only when it matches. Without
-- it, `query --text smuggled --limit 20` read 14,000 claim rows to find 20 at 1.47M claims.
-- Built after 0006's follow-up has filled the token ranges, so that filling them does not
-- rewrite the index as well.

DROP INDEX claims_when;
CREATE INDEX claims_when ON claims(when_start, id, article_id, evidence_token_start, evidence_token_end);

PRAGMA user_version = 7;
