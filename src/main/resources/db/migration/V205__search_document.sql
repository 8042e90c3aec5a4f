-- The searchable documents (module search), one row per public event (with its programme, sessions and
-- people's names), published article, person and organisation: built from those tables by the search
-- module and brought up to date after every change to them (and on a schedule), so a search reads one
-- indexed table instead of assembling every document. On PostgreSQL V206 adds the full-text vector and its
-- GIN index; H2 searches the texts with its simple fallback.
create table search_document (
    kind     varchar(20)   not null,
    id       bigint        not null,
    slug     varchar(300),
    title    varchar(1000) not null,
    body     text,
    at       timestamp,
    ends_at  timestamp,
    primary key (kind, id)
);
