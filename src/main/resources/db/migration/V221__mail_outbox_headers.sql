-- Extra header lines of a mail (issue 11, the newsletter's List-Unsubscribe and List-Unsubscribe-Post of RFC 8058),
-- one "Name: value" per line; null for most mails. Runs unchanged on PostgreSQL and on H2.
alter table mail_outbox add column headers varchar(2000);
