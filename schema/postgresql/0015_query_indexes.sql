-- 0015: issue 7's queries under 50 ms at 100k articles on PostgreSQL (issue 17). Measured at
-- 100,628 generated articles (bench/RESULTS.md, 2026-12-06, branch pg3); four indexes change
-- and one is added. Nothing is written differently; the queries read indexes, not rows.
--
--  1. claims_proposition covers (proposition_id, id). It indexed proposition_id alone, so
--     listing a proposition's claim ids (`propositions --format json`) fetched every claim's
--     heap row: a first page of 50 contradicted propositions lists 150,580 ids from 84,561 heap
--     pages (0.7-1.1 s). PgQueries::read_counters now reads each proposition's ids in order by an
--     index-only scan (1,698 index pages, no heap fetch on pages vacuum marked all-visible).
--     Every lookup of claims by proposition_id still uses it.
--  2. claims_actor is (lower(actor), when_start, id): the order `query --actor X` lists, so its
--     first page is the index's first rows. On (lower(actor), when_start) the planner walked
--     claims_when and filtered (a LIMIT, and DeepSeek's claims start late): 250 ms for 20.
--     claims_allegation likewise. SQLite's indexes end with the rowid, the id, already.
--  3. claims_evidence_words indexes the evidence's words as an array of whole tokens, not
--     pg_trgm's trigrams of the text (0009, c). A query's tokens must all be in it (`@>`), and
--     each phrase still LIKE '% t1 t2 %' (PgQueries::add_text_filter, pg_text_search.h): the
--     array is what narrows, LIKE what decides, so the meaning is unchanged. The trigram index
--     read every posting list of common trigrams ('por', 'ort' of "export"): 64 ms for
--     `--text 'export license'` against 1.6 ms; it is also 5x the size (237 MB against 44 MB)
--     and most of a claim's insert time. GIN refuses a key over ~2,700 bytes, so tokens of 255
--     characters or more are left out of the array (the regular expression below, which
--     PgTextSearch::indexed_tokens mirrors); LIKE still finds them.
--  4. A page of propositions reads its origins and quantities from indexes alone, in the order
--     it lists them (PgQueries::read_counters): proposition_origins_listed holds them in that
--     order, and proposition_quantities' key includes what is listed. For a first page of 50
--     contradicted propositions (6,714 origins, 5,871 quantities) each read 700-900 scattered
--     heap pages, rows that every batch's counters move: 12-17 ms and 8-9 ms, against 3.6 ms
--     each. An index-only scan reads the rows' pages still when vacuum has not marked them
--     all-visible since they changed (autovacuum follows the batches).
DROP INDEX claims_proposition;
CREATE INDEX claims_proposition ON claims (proposition_id, id);
DROP INDEX claims_actor;
CREATE INDEX claims_actor ON claims (lower(actor), when_start, id);
DROP INDEX claims_allegation;
CREATE INDEX claims_allegation ON claims (allegation, when_start, id);
DROP INDEX claims_evidence_words;
CREATE INDEX claims_evidence_words ON claims
    USING gin (string_to_array(btrim(regexp_replace(evidence_words, '[^ ]{255,}', '', 'g')), ' '));
CREATE INDEX proposition_origins_listed ON proposition_origins
    (proposition_id, (first_reported = ''), first_reported, first_article, origin_key) INCLUDE (polarity, origin);
ALTER TABLE proposition_quantities DROP CONSTRAINT proposition_quantities_pkey,
    ADD CONSTRAINT proposition_quantities_pkey PRIMARY KEY (proposition_id, unit, value)
    INCLUDE (text, first_claim, position);

UPDATE schema_version SET version = 15;
