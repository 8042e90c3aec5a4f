-- Accreditation registers as data (issue 12): Registerplein and SKJ seeded, others added by a platform
-- administrator. The code is the stable key stored on a registration (registration.register_name) and in an
-- event's settings (accreditation_registers), so the register choices stored before keep their meaning.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table accreditation_register (
    code           varchar(20)  primary key,
    name           varchar(100) not null,
    export_prefix  varchar(20)  not null,
    number_pattern varchar(200) not null,
    number_format  varchar(200) not null,
    number_example varchar(60)  not null,
    active         boolean      not null default true,
    position       integer      not null default 0,
    version        integer      not null default 0
);

insert into accreditation_register (code, name, export_prefix, number_pattern, number_format, number_example, position)
values ('REGISTERPLEIN', 'Registerplein', 'RP', '[0-9]{4,10}', '4 tot 10 cijfers', '12345678', 1),
       ('SKJ', 'SKJ (Stichting Kwaliteitsregister Jeugd)', 'SKJ', '[0-9]{6,10}', '6 tot 10 cijfers', '110012345', 2);

-- The points an event awards per register; without a row, the event's accreditation_points.
create table event_register_points (
    event_id      bigint      not null references event (id) on delete cascade,
    register_code varchar(20) not null references accreditation_register (code),
    points        integer     not null,
    primary key (event_id, register_code)
);
