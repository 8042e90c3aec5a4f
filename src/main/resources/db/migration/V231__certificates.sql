-- Certificates of attendance (issue 12): one per participant who was present, issued when first made, with a
-- random verification code (unguessable, unique) for the public page /certificaat/{code}. mailed_at is the claim
-- of the mail after the event: a conditional update (... where mailed_at is null) in the transaction that queues
-- the mail, so it is sent once whatever the number of instances or clicks.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table certificate (
    registration_id bigint      primary key references registration (id) on delete cascade,
    event_id        bigint      not null references event (id) on delete cascade,
    code            varchar(24) not null,
    issued_at       timestamp   not null,
    mailed_at       timestamp,
    constraint certificate_code_unique unique (code)
);
create index certificate_event on certificate (event_id);
