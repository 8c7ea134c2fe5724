-- Version 16: the activity log, every event newest first across all cases.
--
-- Its pages are keyset scans of (at DESC, id DESC). Without a plain time index the first page
-- would sort every event. A reviewer, device or action that holds few events (a new reviewer, a
-- laptop that synced once, the rare conflict resolution) would otherwise walk the whole time
-- index to fill a page, so each of those filters has an index led by its column. A policy filter
-- walks the time index: every policy holds a large share of the events. Each index adds to the
-- cost of writing an event, so there are no more than the filters need.
CREATE INDEX events_at ON events(at);
CREATE INDEX events_reviewer_at ON events(reviewer, at);
CREATE INDEX events_device_at ON events(device, at);
CREATE INDEX events_action_at ON events(action, at);
