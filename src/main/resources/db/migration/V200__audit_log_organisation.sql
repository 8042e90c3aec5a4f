-- Each audit entry names the organisation of whoever acted (null: the platform administrator, or nobody), so
-- that an organisation's administrators read their own part of the log: what their accounts did, and what
-- anyone did with the participants of the events they organise.
alter table audit_entry add column organisation_id bigint;
create index audit_entry_organisation on audit_entry (organisation_id, id);
