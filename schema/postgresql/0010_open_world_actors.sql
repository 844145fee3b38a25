-- 0010_open_world_actors: claims about parties no lexicon lists (issue 15), as
-- schema/sqlite/0010: claims.open_world (1 for a name no lexicon lists) and claims.actor_kind
-- (its guessed kind, person or company; '' for the lexicons' actors). `tracker actors --new`
-- lists them (claims_open_world).
ALTER TABLE claims ADD COLUMN open_world integer NOT NULL DEFAULT 0 CHECK (open_world IN (0, 1));
ALTER TABLE claims ADD COLUMN actor_kind text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX claims_open_world ON claims (actor) WHERE open_world = 1;

UPDATE schema_version SET version = 10;
