-- 0015: nothing here. The number is kept for the migration of branch pg3 (PostgreSQL), written
-- beside this branch's 0016; whichever is merged second drops this file if the other has a 0015.
PRAGMA user_version = 15;
