-- Every mail keeps one Message-ID across all attempts to send it (module nl.bijeen.mail): generated when the
-- mail is stored, set on every attempt, so that a copy sent again after a crash is recognisable as the same
-- mail. Mails already in the outbox get one here. Runs unchanged on PostgreSQL and on H2.
alter table mail_outbox add column message_id varchar(250);
update mail_outbox set message_id = '<outbox.' || cast(id as varchar(20)) || '@bijeen.invalid>'
where message_id is null;
