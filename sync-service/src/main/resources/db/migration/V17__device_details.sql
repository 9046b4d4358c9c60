-- Device administration (issue 13, like Get-MobileDevice): when a device was first seen and the ActiveSync version it
-- speaks. Devices that existed before this migration show its time as their first sighting. Nullable or defaulted
-- columns: replicas of the previous release keep working during a rollout.
alter table eas_device add column if not exists first_seen_at timestamptz not null default now();
alter table eas_device add column if not exists protocol_version varchar(16);
