-- Issue 12: the organiser marks questions whose answers the check-in screen shows (accessibility needs,
-- dietary wishes). Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table registration_question add column show_at_check_in boolean default false not null;
