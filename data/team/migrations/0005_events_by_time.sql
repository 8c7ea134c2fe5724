-- The team server's schema, version 5: events are pulled in the order they were made.
--
-- A laptop pulls a range of numbers in rounds: the records first, then the range's events by
-- their time and id, a chunk at a time, so an event comes after the events it follows whatever
-- order the laptops pushed them in (a laptop that had them by bundle may push first). This index
-- gives each chunk without sorting the range.
CREATE INDEX events_by_time ON adreview.events (at, uuid);
