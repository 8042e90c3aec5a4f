-- Deferred mails: a module may queue a mail whose content is written only when it is sent, by the
-- module's own mail writer (named in `writer`, with what it needs in `payload`). The row is stored in the
-- same transaction as the business change, exactly like a written mail; the sender writes the content into
-- the row before its first attempt. Keeps template rendering out of the user's request.
alter table mail_outbox add column writer varchar(40);
alter table mail_outbox add column payload varchar(1000);
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column text_body drop not null;
alter table mail_outbox add constraint mail_outbox_content
    check (writer is not null or (subject is not null and text_body is not null));
