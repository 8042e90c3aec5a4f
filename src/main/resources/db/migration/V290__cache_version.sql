-- Versions of what instances keep in memory, one row per cache: a change raises its row's version in the
-- change's transaction; every instance checks the versions cheaply on a schedule and drops its copy when one
-- moved, so a change through any instance is seen by all within about one check.
create table cache_version (
    name    varchar(60) primary key,
    version bigint not null
);
insert into cache_version (name, version) values ('accreditation_register', 0);
