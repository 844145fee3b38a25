-- 0009_member_propositions: a proposition per chip as the claims name it, and a family's
-- proposition counting its members' claims too (claim-model.md: "a family contains its members,
-- so a claim about a member also speaks about its family").
--
-- Until now a claim's proposition was keyed by the family of its chip, so the April 2025
-- restriction of Nvidia H20 exports, the December 2025 approval of Nvidia H200 ones and whatever
-- was said of Nvidia Hopper read as one proposition with one status. Invariants this file
-- creates (they replace 0001's invariant 4 and extend 0004's counters), and the code that relies
-- on them:
--  1. propositions is UNIQUE on (actor, allegation, hardware, object), hardware being the chip or
--     family exactly as its claims name it ('' for none): xref::key_of, used by
--     PropositionUpdater::find_or_create. propositions.hardware_family is the family root of its
--     hardware (hardware itself for a root or a chip without family, '' for none), as
--     claims.hardware_family (0001's invariant 6) is for a claim.
--  2. A proposition's scope is itself and, when its hardware is a family root, its members: the
--     propositions with the same actor, allegation and object whose hardware_family is its
--     hardware and whose hardware is not (k_proposition_scope, proposition_updater.h). Its
--     counters (0004: proposition_origins, _hardware, _quantities, and articles, status,
--     supporting, denying, first_reported, first_denied) count every claim of its scope, while
--     propositions.claims counts its own claims only, and a proposition with no own claims is
--     deleted: a family's proposition exists while some claim names the family, and then speaks
--     for its members' claims as well; a member's proposition counts only its own. A family's
--     claim never counts for a member. PropositionUpdater keeps this (add_to_family,
--     remove_from_family; find_or_create counts the members' claims into a family's proposition
--     it creates); SqliteQueries lists a proposition's claims over its scope, so that `show` and
--     the JSON `claims` list what its counts count.
--  3. propositions_family indexes (actor, allegation, hardware_family, object): the members of a
--     family's proposition, and a member's family, are found through it.
-- Not kept: a proposition's hardware_family is its chip's family when the proposition was made; a
-- later hardware.tsv that moves a chip to another family changes the claims `reextract` writes
-- (claims.hardware_family), not the proposition row they join.
--
-- The stored claims are re-keyed here: a proposition whose claims all named one member chip (its
-- hardware_display) becomes that chip's proposition and keeps its id; the claims of other member
-- chips move to their chip's proposition, created here; a family's proposition left with no
-- claim naming the family is deleted (its counter rows, and whatever else hangs on it through
-- ON DELETE CASCADE, go with it). Counting needs rules that live in code (origins, quantities),
-- so the follow-up (fill_proposition_counters in sqlite_store.cpp, Migrator hook for version 9)
-- recounts every proposition over its scope, in the same transaction; it also stands in for
-- 0004's follow-up, which could not read these columns before they exist.

ALTER TABLE propositions ADD COLUMN hardware_family TEXT NOT NULL DEFAULT '' COLLATE NOCASE;
UPDATE propositions SET hardware_family = hardware;

-- OR IGNORE: a chip that an older lexicon had without family may have a proposition of its own
-- already; then this one's claims move to it below, and this one, left empty, is deleted.
UPDATE OR IGNORE propositions SET hardware = hardware_display
WHERE hardware <> '' AND hardware_display <> '' AND hardware_display <> hardware;

INSERT OR IGNORE INTO propositions (actor, allegation, hardware, object, hardware_display, hardware_family)
SELECT actor, allegation, hardware, object, hardware, hardware_family FROM claims
WHERE hardware <> hardware_family ORDER BY id;

UPDATE claims SET proposition_id = (
    SELECT p.id FROM propositions p WHERE p.actor = claims.actor AND p.allegation = claims.allegation
    AND p.hardware = claims.hardware AND p.object = claims.object)
WHERE hardware <> hardware_family;

DELETE FROM propositions
WHERE hardware <> '' AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.proposition_id = propositions.id);

CREATE INDEX propositions_family ON propositions(actor, allegation, hardware_family, object);

PRAGMA user_version = 9;
