-- 0012_kept_counts: `tracker stats` reads counts kept as rows change, not counted (issue 18:
-- under 100 ms at a million articles; counting them took 650 ms at 48,000).
--
-- Invariants this file creates, kept by the triggers below (nothing else writes store_counts):
--  1. store_counts('articles'), ('claims'), ('propositions') equal count(*) of those tables.
--  2. store_counts('status:' || S) equals the number of propositions whose status is S (a
--     status no proposition has may keep a row with 0).
--  3. store_counts('sources') equals the number of sources with at least one article:
--     articles_per_source counts each source's articles.
--  4. articles_ingested_at makes the last import (max(ingested_at)) one index lookup.
CREATE TABLE store_counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE articles_per_source (source_id INTEGER PRIMARY KEY, articles INTEGER NOT NULL);

INSERT INTO store_counts VALUES ('articles', (SELECT count(*) FROM articles));
INSERT INTO store_counts VALUES ('claims', (SELECT count(*) FROM claims));
INSERT INTO store_counts VALUES ('propositions', (SELECT count(*) FROM propositions));
INSERT INTO store_counts SELECT 'status:' || status, count(*) FROM propositions GROUP BY status;
INSERT INTO articles_per_source SELECT source_id, count(*) FROM articles GROUP BY source_id;
INSERT INTO store_counts VALUES ('sources', (SELECT count(*) FROM articles_per_source));

CREATE TRIGGER count_article_insert AFTER INSERT ON articles BEGIN
    UPDATE store_counts SET value = value + 1 WHERE name = 'articles';
    INSERT INTO articles_per_source VALUES (new.source_id, 1)
        ON CONFLICT (source_id) DO UPDATE SET articles = articles + 1;
    UPDATE store_counts SET value = value + 1
        WHERE name = 'sources' AND (SELECT articles FROM articles_per_source WHERE source_id = new.source_id) = 1;
END;
CREATE TRIGGER count_article_delete AFTER DELETE ON articles BEGIN
    UPDATE store_counts SET value = value - 1 WHERE name = 'articles';
    UPDATE articles_per_source SET articles = articles - 1 WHERE source_id = old.source_id;
    UPDATE store_counts SET value = value - 1
        WHERE name = 'sources' AND (SELECT articles FROM articles_per_source WHERE source_id = old.source_id) = 0;
    DELETE FROM articles_per_source WHERE source_id = old.source_id AND articles = 0;
END;
CREATE TRIGGER count_claim_insert AFTER INSERT ON claims BEGIN
    UPDATE store_counts SET value = value + 1 WHERE name = 'claims';
END;
CREATE TRIGGER count_claim_delete AFTER DELETE ON claims BEGIN
    UPDATE store_counts SET value = value - 1 WHERE name = 'claims';
END;
CREATE TRIGGER count_proposition_insert AFTER INSERT ON propositions BEGIN
    UPDATE store_counts SET value = value + 1 WHERE name = 'propositions';
    INSERT INTO store_counts VALUES ('status:' || new.status, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;
CREATE TRIGGER count_proposition_delete AFTER DELETE ON propositions BEGIN
    UPDATE store_counts SET value = value - 1 WHERE name = 'propositions';
    UPDATE store_counts SET value = value - 1 WHERE name = 'status:' || old.status;
END;
CREATE TRIGGER count_proposition_status AFTER UPDATE OF status ON propositions
WHEN old.status IS NOT new.status BEGIN
    UPDATE store_counts SET value = value - 1 WHERE name = 'status:' || old.status;
    INSERT INTO store_counts VALUES ('status:' || new.status, 1)
        ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

CREATE INDEX articles_ingested_at ON articles(ingested_at);

PRAGMA user_version = 12;
