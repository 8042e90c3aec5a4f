-- Many organisations on one platform (issue 10): an organisation's administrators see in the mail outbox only the
-- mails about the events their organisation organises (lead or co-organiser) and the mails to its accounts. So a
-- mail names the event it is about (registration mails) or the organisation of the account it goes to
-- (invitations, password resets); both stay null for other mails, which only the platform administrator sees.
-- No foreign keys: deleting an event or an organisation neither waits for nor removes its mails (they then show
-- to the platform administrator only, until the outbox's clean-up removes them).
-- Runs unchanged on PostgreSQL and on H2.
alter table mail_outbox add column event_id bigint;
alter table mail_outbox add column organisation_id bigint;
create index mail_outbox_event on mail_outbox (event_id, status);
create index mail_outbox_organisation on mail_outbox (organisation_id, status);
