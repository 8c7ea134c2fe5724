-- Version 13: a pull from a team server goes in rounds, and a round may stop half-way.
--
-- A pull takes what the server numbered after this laptop's mark up to the top it sees when the
-- round starts: first the cases, evidence and other records of that range in the order they were
-- numbered, then the range's events in the order they were made (their time, then id), so an
-- event's parents, made before it, come in a chunk before it or the same one, however the
-- laptops' pushes interleaved. Each chunk is committed here on its own; where the round stands
-- after it is kept, so a pull that stops (the laptop closed, the network gone) goes on from there.
-- The mark moves to the round's top only when the round ends. round_top 0: no round under way.
ALTER TABLE server_sync ADD COLUMN round_top INTEGER NOT NULL DEFAULT 0 CHECK (round_top >= 0);
-- The records of the round merged up to this number.
ALTER TABLE server_sync ADD COLUMN round_records INTEGER NOT NULL DEFAULT 0 CHECK (round_records >= 0);
-- The events of the round merged up to this time and id (NULL: none yet).
ALTER TABLE server_sync ADD COLUMN round_event_at INTEGER;
ALTER TABLE server_sync ADD COLUMN round_event_uuid TEXT;
