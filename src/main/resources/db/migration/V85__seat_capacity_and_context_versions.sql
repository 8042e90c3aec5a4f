-- Seats: a counter's capacity is the configured capacity, also when it was lowered below the places
-- already taken. Those people keep their place; nobody gets one until taken is below capacity again.
alter table seat_counter drop constraint seat_counter_taken;
alter table seat_counter add constraint seat_counter_taken check (taken >= 0);

-- Counters brought in line before kept a lowered capacity at the places taken: set the configured ones.
update seat_counter set capacity = (select s.capacity from session s where s.id = seat_counter.session_id)
    where session_id is not null;
update seat_counter set capacity = (select e.capacity from event e where e.id = seat_counter.event_id)
    where session_id is null and name = 'VENUE';
update seat_counter set capacity = (select case when e.attendance_mode = 'ONLINE'
        then coalesce(e.capacity_online, e.capacity) else e.capacity_online end
        from event e where e.id = seat_counter.event_id)
    where session_id is null and name = 'ONLINE';

-- One row per event whose version goes up in the transaction of every change to what registering reads
-- (the event, its programme, registration settings and questions): each instance checks it before it
-- uses its cached copy, so no instance works with a copy older than a committed change.
create table registration_context_version (
    event_id bigint  primary key references event (id) on delete cascade,
    version  bigint  not null default 0
);
insert into registration_context_version (event_id, version) select id, 0 from event;
