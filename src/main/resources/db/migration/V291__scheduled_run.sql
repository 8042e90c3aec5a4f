-- Periodic work that one instance does for all: each row is claimed by the conditional update
-- "set last_run = now where name = ? and last_run <= now - interval", which only one instance wins per interval.
create table scheduled_run (
    name     varchar(60) primary key,
    last_run timestamp with time zone not null
);
insert into scheduled_run (name, last_run) values ('search-reconcile', timestamp with time zone '1970-01-01 00:00:00+00');
