-- 0018_copied_sentences: each claim keeps a hash of its evidence sentence (xref::sentence_hash),
-- so that a claim copied word for word from an earlier article (a wire story trimmed and
-- republished, too changed for the article's SimHash to match) takes that claim's origin.
--
-- Invariant this file creates:
--  13. claims.evidence_hash is xref::sentence_hash(evidence) as a signed 64-bit integer for a claim
--      whose origin would be its publisher; 0 for one with a named source (a copy of its sentence
--      names that source too), for a sentence too short to tell, and for claims stored before this
--      file, until reextract.
--      SqliteStore::insert_claims gives a claim whose origin would be its publisher the origin of
--      the first stored claim of another article with the same hash, proposition and polarity.
ALTER TABLE claims ADD COLUMN evidence_hash INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claims_evidence_hash ON claims(evidence_hash, proposition_id) WHERE evidence_hash <> 0;

PRAGMA user_version = 18;
