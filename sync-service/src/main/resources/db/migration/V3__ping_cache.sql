-- The last Ping parameters of a device, re-used by an empty Ping (MS-ASCMD 2.2.1.13).
alter table eas_device add column last_ping_request bytea;
