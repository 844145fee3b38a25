-- 0019: `articles --text` narrowed by a GIN index of the articles' whole words, not pg_trgm's
-- trigrams of them (0009, c), as 0015 (3) did for the claims' evidence. A query's tokens must
-- all be in the array (`@>`), and each phrase still LIKE '% t1 t2 %' (PgQueries::find_articles,
-- pg_text_search.h): the array narrows, LIKE decides, so the meaning is unchanged. The trigram
-- index was most of an article's insert: 246 ms for 200 articles with it, 10 ms without
-- (bench/RESULTS.md, branch pg2), about a sixth of ingest into PostgreSQL at 100k articles.
-- Tokens of 255 characters or more are left out of the array, as in 0015 (GIN refuses a key
-- over ~2,700 bytes); LIKE still finds them. Building it reads every article once.
DROP INDEX articles_text_words;
CREATE INDEX articles_text_words ON articles
    USING gin (string_to_array(btrim(regexp_replace(text_words, '[^ ]{255,}', '', 'g')), ' '));

UPDATE schema_version SET version = 19;
