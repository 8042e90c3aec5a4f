-- Mails in the name of the organising organisation (issue 9): the name shown as the sender and the address
-- replies go to, per organisation; the contact for questions about an event; and per mail in the outbox the
-- sender name and reply-to address it is sent with (the platform address stays the From address).
alter table organisation add column mail_sender_name varchar(200);
alter table organisation add column reply_to varchar(254);

alter table event add column contact_name varchar(200);
alter table event add column contact_email varchar(254);
alter table event add column contact_phone varchar(40);

alter table mail_outbox add column from_name varchar(200);
alter table mail_outbox add column reply_to varchar(254);
