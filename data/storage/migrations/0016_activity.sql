-- Version 16: the activity log, every event newest first across all cases.
--
-- Its pages are keyset scans of (at DESC, id DESC). Without a plain time index the first page
-- would sort every event. A reviewer, device or action that holds few events (a new reviewer, a
-- laptop that synced once, the rare conflict resolution) would otherwise walk the whole time
-- index to fill a page, so each of those filters has an index led by its column. A policy filter
-- walks the time index: every policy holds a large share of the events. Each index adds to the
-- cost of writing an event, so there are no more than the filters need.
--
-- Each is partial on a condition every event meets (no action is empty) and only the log's
-- queries state (storage/ActivityRepository): SQLite uses a partial index only for a query that
-- states its condition, so the reports keep the decision indexes of versions 3 and 14 instead of
-- walking these and sorting.
CREATE INDEX events_at ON events(at) WHERE action <> '';
CREATE INDEX events_reviewer_at ON events(reviewer, at) WHERE action <> '';
CREATE INDEX events_device_at ON events(device, at) WHERE action <> '';
CREATE INDEX events_action_at ON events(action, at) WHERE action <> '';
