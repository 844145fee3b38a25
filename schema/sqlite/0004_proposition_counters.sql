-- 0004_proposition_counters: a proposition is kept by counters, updated by each claim added or
-- removed, so that adding an article costs the same in a database of 1k or 1M articles.
--
-- Measured (bench/RESULTS.md): with 0003, one new article still re-read every claim of the
-- propositions it touched, and propositions grow with the corpus. Invariants this file creates,
-- and the code that relies on them (src/store/sqlite/proposition_updater.cpp keeps them; its
-- `rebuild` recomputes them from the claims, and the tests compare the two):
--  1. proposition_origins has one row per (proposition, polarity, origin compared without case)
--     with the number of its claims, and the earliest of them by (reported_date, article_id):
--     its date, its article and the origin as that claim spells it. A row with no claims is
--     deleted. A proposition's supporting/denying origins are its rows, listed by that earliest
--     claim; supporting and denying count them.
--  2. proposition_hardware has one row per (proposition, claims.hardware) with its claims;
--     hardware_display is the one hardware when there is a single row, else the family.
--  3. proposition_quantities has one row per (proposition, unit, value) of the counted quantities
--     in its claims' evidence (xref::quantities_in), with the number of claims giving it and the
--     first of them (lowest claim id, and the quantity's position in that evidence) with its
--     text. A proposition's conflicts are xref::conflicts_among these rows, computed when read.
--  4. propositions.claims counts its claims and articles its distinct articles (an article's
--     claims are always added or removed together); a proposition with no claims is deleted.
--  5. first_reported / first_denied are the earliest first_reported of its origin rows (of its
--     denied origin rows).
-- [Since 0009 a family's proposition counts, in all of these but propositions.claims (its own
-- claims), the claims of its members' propositions too: 0009_member_propositions.sql, 2.]
-- The origin and conflict lists that 0001 stored as JSON on each proposition are dropped: they
-- are read from these tables, so a write never rewrites a list that grows with the corpus.
-- SqliteStore fills the three tables from the claims after this migration (Migrator hook for
-- version 4), inside the same transaction.

CREATE TABLE proposition_origins (
    proposition_id INTEGER NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
    polarity       TEXT NOT NULL,
    origin_key     TEXT NOT NULL,     -- lower(origin), ASCII, as origins compare
    origin         TEXT NOT NULL,     -- as the earliest claim spells it
    claims         INTEGER NOT NULL,
    first_reported TEXT NOT NULL,     -- the earliest claim's reported date ('' sorts first)
    first_article  INTEGER NOT NULL,  -- and its article, to break ties
    PRIMARY KEY (proposition_id, polarity, origin_key)
) WITHOUT ROWID;

CREATE TABLE proposition_hardware (
    proposition_id INTEGER NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
    hardware       TEXT NOT NULL,
    claims         INTEGER NOT NULL,
    PRIMARY KEY (proposition_id, hardware)
) WITHOUT ROWID;

CREATE TABLE proposition_quantities (
    proposition_id INTEGER NOT NULL REFERENCES propositions(id) ON DELETE CASCADE,
    unit           TEXT NOT NULL,
    value          REAL NOT NULL,
    text           TEXT NOT NULL,     -- as the first claim writes it: "24,000 accounts"
    first_claim    INTEGER NOT NULL,
    position       INTEGER NOT NULL,  -- its order among that claim's quantities
    claims         INTEGER NOT NULL,
    PRIMARY KEY (proposition_id, unit, value)
) WITHOUT ROWID;

-- 0003's covering index served the recount that these counters replace; every claim paid for it
-- in index writes (bench/RESULTS.md: about 12% of the pages an ingest wrote).
DROP INDEX claims_tally;

ALTER TABLE propositions ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
ALTER TABLE propositions DROP COLUMN supporting_origins;
ALTER TABLE propositions DROP COLUMN denying_origins;
ALTER TABLE propositions DROP COLUMN conflicts;

PRAGMA user_version = 4;
