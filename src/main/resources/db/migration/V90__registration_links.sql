-- Every personal link issued after the first one (issue 9): registering again, a promotion, an approval or a
-- mail that needs the link issues a new token, and the earlier links keep working. registration.token_hash
-- keeps the first token's hash; the later ones are stored here (SHA-256 hex, never the token itself).
create table registration_link (
    token_hash      varchar(64) primary key,
    registration_id bigint      not null references registration (id) on delete cascade,
    issued_at       timestamp   not null
);
create index registration_link_registration on registration_link (registration_id);
