-- The entity maps the RemoteWipe Status as an Integer; the prod profile validates the schema against the entities,
-- and V14's smallint failed that validation.
alter table eas_device alter column wipe_status type integer;
