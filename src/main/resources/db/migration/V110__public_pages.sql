-- Secrets shared by all instances on this database (the signing key of the public forms' tokens), created
-- by the first instance that needs one.
create table web_secret (
    name varchar(40) primary key,
    secret varchar(200) not null
);

-- The version of everything public pages show. An instance that changed something raises it; every
-- instance polls it and clears its rendered pages when it moved.
create table public_page_version (
    id integer primary key,
    version bigint not null
);
insert into public_page_version (id, version) values (1, 0);
