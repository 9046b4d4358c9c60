-- relay-dispatcher now learns the users' SMS transports from the compacted topic eas.sms-transports (keyed by
-- user:device, wake-contract's SmsTransportChanged) instead of reading sms_device. Events published before this
-- version may have been deleted by the old topic's retention: announce every device's current state once more so the
-- topic holds all of them. Devices that never enabled outbound SMS are announced too (enabled false), which is
-- harmless and keeps this statement simple.
insert into settings_outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
select gen_random_uuid(), 'sms-transport', d.user_id || ':' || d.device_id, 'SmsTransportChanged', clock_timestamp(),
       jsonb_build_object(
               'version', 1,
               'userId', d.user_id,
               'username', null,
               'deviceId', d.device_id,
               'enabled', d.enable_outbound_sms,
               'phoneNumber', d.phone_number,
               'friendlyName', d.friendly_name,
               'changedAt', to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
from sms_device d;
