-- The registration rate limit's token buckets (Bucket4j), one row per client address, shared by every bijeen
-- instance on this database: a client cannot get more registrations through by reaching another instance.
-- Used on PostgreSQL (on the embedded H2 database, one instance, the buckets are kept in memory).
-- A row is locked (select ... for update) while one request takes a token. expires_at (epoch ms) is when the
-- bucket would be full again, after which the row is deleted. Runs unchanged on PostgreSQL and on H2.
create table rate_limit_bucket (
	id varchar(100) not null primary key,
	state bytea,
	expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
