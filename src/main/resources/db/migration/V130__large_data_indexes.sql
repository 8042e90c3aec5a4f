-- Indexes for large data sets (issue 13: 10,000 events, 1,000,000 registrations, 100,000 in one event).
-- See BENCHMARKS.md ("Scale of data") for the query plans before and after.

-- The organiser's participant list newest or oldest first: one page read in index order instead of sorting
-- every registration of the event.
create index registration_by_created on registration (event_id, created_at, id);

-- The agenda and the feeds ask for events that have not ended yet (ends_at >= now), the archive for those
-- that have: without this index every request scanned all events.
create index event_ends_at on event (ends_at, starts_at);
