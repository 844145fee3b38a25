-- 0010_open_world_actors: claims about parties no lexicon lists (issue 15).
--
-- A claim's actor may be a name no lexicon lists (a defendant, a trading firm), as first written
-- in its article (src/extract/open_names.h). claims.open_world is 1 for those, and
-- claims.actor_kind their guessed kind (person or company); '' for the lexicons' actors, whose
-- kind the lexicon holds. Claims stored before keep 0: `tracker reextract` finds the new ones
-- (the extraction revision changed with this migration).
-- `tracker actors --new` lists the open-world actors, newest first (claims_open_world).
ALTER TABLE claims ADD COLUMN open_world INTEGER NOT NULL DEFAULT 0 CHECK (open_world IN (0, 1));
ALTER TABLE claims ADD COLUMN actor_kind TEXT NOT NULL DEFAULT '';
CREATE INDEX claims_open_world ON claims(actor) WHERE open_world = 1;
PRAGMA user_version = 10;
