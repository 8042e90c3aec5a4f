-- Many organisations on one platform (issue 10): an organisation's administrator erases a person on request for
-- the events their organisation organises only. This names the organisation such an erasure was for (module
-- nl.bijeen.privacy); an erasure without a row here was done by the platform administrator across all events, or
-- by the participant through their personal link. A table of its own beside erasure_record (V160). No foreign keys (a record outlives an
-- organisation, like the audit log). Runs unchanged on PostgreSQL and on H2.
create table erasure_record_organisation (
    erasure_record_id bigint primary key,
    organisation_id   bigint not null
);
create index erasure_record_organisation_org on erasure_record_organisation (organisation_id, erasure_record_id);
