-- 0019_article_word_index: nothing to change on SQLite (articles_fts, 0001, indexes the articles'
-- words). PostgreSQL's 0019 indexes the articles' whole words rather than their trigrams, as
-- its 0015 did for the claims' evidence. The number keeps both backends' migrations in step.
PRAGMA user_version = 19;
