-- Check-in at the door (issue 12): a check-in code per confirmed registration (random, not the personal link
-- token; it opens nothing by itself) and at most one check-in per registration, whichever device scans first.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table check_in_code (
    registration_id bigint      primary key references registration (id) on delete cascade,
    code            varchar(16) not null,
    issued_at       timestamp   not null,
    constraint check_in_code_unique unique (code)
);

-- The primary key makes a second scan of the same person (on any device) find the first check-in.
create table check_in (
    registration_id bigint       primary key references registration (id) on delete cascade,
    event_id        bigint       not null references event (id) on delete cascade,
    checked_in_at   timestamp    not null,
    checked_in_by   varchar(100)
);
create index check_in_event on check_in (event_id, checked_in_at);
