-- MS-ASPROV remote wipe (issue 13): an administrator asks (wipe_requested_at); the device is told at its next
-- Provision, acknowledges (wipe_acknowledged_at, with the status it reported), and is never given a policy again.
alter table eas_device add column wipe_requested_at timestamptz;
alter table eas_device add column wipe_acknowledged_at timestamptz;
alter table eas_device add column wipe_status smallint;
