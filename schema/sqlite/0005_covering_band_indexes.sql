-- 0005_covering_band_indexes: the near-duplicate lookup reads only its indexes.
--
-- Measured (bench/RESULTS.md): storing one article into a database of 1M articles spent 68% of
-- its time in the lookup of earlier copies (SqliteStore::publisher_origin), reading simhash and
-- origin_source from each candidate's row: both stand after the article's text in the row, so
-- every candidate cost the text's overflow pages (some 5 KB of random reads). Each band index
-- now carries what the lookup needs, and the lookup asks one band at a time (an OR of four
-- bands would fetch the rows), so it reads no article row at all.
DROP INDEX articles_band0;
DROP INDEX articles_band1;
DROP INDEX articles_band2;
DROP INDEX articles_band3;
CREATE INDEX articles_band0 ON articles(band0, simhash, origin_source);
CREATE INDEX articles_band1 ON articles(band1, simhash, origin_source);
CREATE INDEX articles_band2 ON articles(band2, simhash, origin_source);
CREATE INDEX articles_band3 ON articles(band3, simhash, origin_source);

PRAGMA user_version = 5;
