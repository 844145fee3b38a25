-- 0018: as schema/sqlite/0018_copied_sentences.sql: each claim keeps a hash of its evidence
-- sentence, so that a sentence copied from an earlier article takes that claim's origin
-- (PostgresStore::insert_claims).
ALTER TABLE claims ADD COLUMN evidence_hash BIGINT NOT NULL DEFAULT 0;
CREATE INDEX claims_evidence_hash ON claims(evidence_hash, proposition_id) WHERE evidence_hash <> 0;

UPDATE schema_version SET version = 18;
