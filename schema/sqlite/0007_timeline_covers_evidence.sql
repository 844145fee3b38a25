-- 0007_timeline_covers_evidence: the two indexes a text search goes through also hold what it
-- tests of each claim (evidence_holds(article_id, evidence_token_start, evidence_token_end), see
-- 0006), so that it reads a claim's row only when the claim matches:
--  - claims_when, the timeline, which a search's first page walks: without it,
--    `query --text smuggled --limit 20` read 14,000 claim rows to find 20 at 1.47M claims;
--  - claims_article, by which a search goes through the claims of its candidate articles.
-- Built after 0006's follow-up has filled the token ranges, so that filling them did not rewrite
-- the indexes as well.

DROP INDEX claims_when;
CREATE INDEX claims_when ON claims(when_start, id, article_id, evidence_token_start, evidence_token_end);
DROP INDEX claims_article;
CREATE INDEX claims_article ON claims(article_id, evidence_token_start, evidence_token_end);

PRAGMA user_version = 7;
