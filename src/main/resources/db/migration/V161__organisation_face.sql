-- Each organisation its own face (issue 10): an accent colour (checked for WCAG AA contrast when it is set),
-- contact details and an uploaded logo (its type detected from its content), used on its pages and the pages
-- and mails of the events it leads.
alter table organisation add column accent_colour varchar(7);
alter table organisation add column contact_email varchar(254);
alter table organisation add column contact_phone varchar(40);

-- bytea: PostgreSQL's binary type, an alias of BINARY VARYING in H2.
create table organisation_logo (
    organisation_id bigint       primary key references organisation (id) on delete cascade,
    content_type    varchar(40)  not null,
    content         bytea        not null,
    uploaded_at     timestamp    not null
);
