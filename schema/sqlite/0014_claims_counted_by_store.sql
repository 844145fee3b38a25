-- 0014_claims_counted_by_store: the claims' count in store_counts is raised by the store, once
-- per article, instead of by a trigger on every claim (issue 18). An INSERT that fires a trigger
-- opens a statement journal, which copies every page the insert touches (the claim's row and its
-- ten index entries) before changing it: a tenth of the writer's work at ingest.
--
-- Invariants this file changes (0012's invariant 1 still holds):
--  1. store_counts('claims') equals count(*) of claims. Inserts: SqliteStore::insert_claims adds
--     the number of claims it inserted, in the same transaction as the claims (nothing else
--     inserts claims). Deletes (an article replaced, cascading to its claims; reextract): the
--     trigger count_claim_delete, as before.
DROP TRIGGER count_claim_insert;

PRAGMA user_version = 14;
