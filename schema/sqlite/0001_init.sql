-- 0001_init: the first schema of the tracker database (applied by src/store/sqlite/migrator.cpp
-- in one transaction; never edit once shipped, add 0002_... instead).
--
-- Invariants this file creates, and the code that relies on them:
--  1. articles.identity is UNIQUE: the article's URL, else its path, else (standard input) its
--     content hash. SqliteStore::add_article looks an article up by identity and, when
--     content_hash is equal too, changes nothing; that makes re-ingest a no-op.
--  2. claims.article_id REFERENCES articles ON DELETE CASCADE (foreign_keys=ON is set by
--     SqliteStore::open on every connection): deleting a replaced article deletes its claims.
--  3. Every claim belongs to one proposition (claims.proposition_id NOT NULL), and a proposition
--     row exists only while it has claims: PropositionUpdater deletes empty ones, and keeps
--     status, counts, origins, dates and conflicts equal to what its claims give.
--  4. propositions is UNIQUE on its key (actor, allegation, hardware family, object), '' for
--     none; PropositionUpdater::find_or_create relies on it. [Since 0009 the key holds the
--     hardware as the claims name it, not its family; a family's proposition rolls up its
--     members': see 0009_member_propositions.sql.]
--  5. claims.when_start is COALESCE(event_date, the article's reported_date), possibly partial
--     ('2025-12'); claims.when_end is when_start padded with '-99' to day precision, the last
--     possible day of a partial date. A date filter keeps claims whose period overlaps it
--     (when_end >= since AND when_start <= until); the timeline orders by (when_start, id).
--  6. claims.hardware_family is the family of claims.hardware ('' when none), so a --hardware
--     filter is two indexed equalities: hardware = ? OR hardware_family = ?.
--  7. articles.band0..band3 are the four 16-bit bands of articles.simhash: two hashes within
--     Hamming distance 3 share a band (pigeonhole), so SqliteStore finds near-duplicates through
--     four index lookups instead of scanning every article.
--  8. articles_fts and claims_fts are external-content FTS5 indexes over articles.text and
--     claims.evidence, kept in step by the triggers below; the text is stored once.
--  9. actor, claimant, hardware and source names compare case-insensitively (COLLATE NOCASE,
--     ASCII), so `--actor deepseek` finds DeepSeek through the same indexes.

CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    identity        TEXT NOT NULL UNIQUE,
    path            TEXT NOT NULL,
    url             TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    source_id       INTEGER NOT NULL REFERENCES sources(id),
    reported_date   TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    body            TEXT NOT NULL DEFAULT '',  -- prose spans as "start-end,start-end"
    content_hash    TEXT NOT NULL,             -- FNV-1a 128 of text, hex
    simhash         INTEGER NOT NULL,          -- xref::simhash(text) as a signed 64-bit value
    band0           INTEGER NOT NULL,
    band1           INTEGER NOT NULL,
    band2           INTEGER NOT NULL,
    band3           INTEGER NOT NULL,
    origin_source   TEXT NOT NULL,             -- publisher origin: the source, or the earlier copy's
    lexicon_version TEXT NOT NULL DEFAULT '',
    ingested_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_source ON articles(source_id, reported_date);
CREATE INDEX articles_reported_date ON articles(reported_date);
CREATE INDEX articles_lexicon_version ON articles(lexicon_version);
CREATE INDEX articles_band0 ON articles(band0);
CREATE INDEX articles_band1 ON articles(band1);
CREATE INDEX articles_band2 ON articles(band2);
CREATE INDEX articles_band3 ON articles(band3);

CREATE TABLE propositions (
    id                 INTEGER PRIMARY KEY,
    actor              TEXT NOT NULL COLLATE NOCASE,
    allegation         TEXT NOT NULL,
    hardware           TEXT NOT NULL DEFAULT '' COLLATE NOCASE,  -- the family root
    object             TEXT NOT NULL DEFAULT '',
    hardware_display   TEXT NOT NULL DEFAULT '',  -- the one member all claims name, else the family
    status             TEXT NOT NULL DEFAULT 'single-source',
    supporting         INTEGER NOT NULL DEFAULT 0,
    denying            INTEGER NOT NULL DEFAULT 0,
    supporting_origins TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    denying_origins    TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    articles           INTEGER NOT NULL DEFAULT 0,
    first_reported     TEXT NOT NULL DEFAULT '',
    first_denied       TEXT NOT NULL DEFAULT '',
    conflicts          TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    revision           INTEGER NOT NULL DEFAULT 0,  -- bumped by every recompute
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (actor, allegation, hardware, object)
);
CREATE INDEX propositions_status ON propositions(status, first_reported);
CREATE INDEX propositions_first_reported ON propositions(first_reported);
CREATE INDEX propositions_allegation ON propositions(allegation);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    proposition_id  INTEGER NOT NULL REFERENCES propositions(id),
    actor           TEXT NOT NULL COLLATE NOCASE,
    allegation      TEXT NOT NULL,
    hardware        TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    hardware_family TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    object          TEXT NOT NULL DEFAULT '',
    claimant        TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    polarity        TEXT NOT NULL CHECK (polarity IN ('asserted', 'denied')),
    modality        TEXT NOT NULL,
    event_date      TEXT NOT NULL DEFAULT '',
    when_start      TEXT NOT NULL,
    when_end        TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    cue             TEXT NOT NULL DEFAULT '',
    origin          TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_proposition ON claims(proposition_id);
CREATE INDEX claims_actor ON claims(actor, when_start);
CREATE INDEX claims_allegation ON claims(allegation, when_start);
CREATE INDEX claims_hardware ON claims(hardware);
CREATE INDEX claims_hardware_family ON claims(hardware_family);
CREATE INDEX claims_claimant ON claims(claimant);
CREATE INDEX claims_when ON claims(when_start, id);

CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO articles_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(evidence, content='claims', content_rowid='id');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    INSERT INTO claims_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;

PRAGMA user_version = 1;
