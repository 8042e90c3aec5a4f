-- Venues belong to an organisation (issue 10). An organisation's administrators list, change and delete only
-- their own venues and choose in the event form among their own and the shared ones. NULL: a shared venue of
-- the platform (such as the demo's, and every venue that existed before this migration), which every
-- organisation may choose and only platform administrators change. When an organisation is deleted its venues
-- become shared, as events may still take place there.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table venue add column organisation_id bigint references organisation (id) on delete set null;
create index venue_organisation on venue (organisation_id);
