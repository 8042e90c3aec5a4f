-- Issue 12: attendance per workshop (session). The primary key makes a second scan of the same person for the
-- same session (on any device) find the first one. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table session_attendance (
    registration_id bigint       not null references registration (id) on delete cascade,
    session_id      bigint       not null references session (id) on delete cascade,
    event_id        bigint       not null references event (id) on delete cascade,
    checked_in_at   timestamp    not null,
    checked_in_by   varchar(100),
    constraint session_attendance_pk primary key (registration_id, session_id)
);
create index session_attendance_session on session_attendance (session_id, checked_in_at);
create index session_attendance_event on session_attendance (event_id);
