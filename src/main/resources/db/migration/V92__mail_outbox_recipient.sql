-- The per-recipient mail limit (issue 9) counts an address's recent mails in the outbox.
create index mail_outbox_recipient on mail_outbox (to_address, created_at);
