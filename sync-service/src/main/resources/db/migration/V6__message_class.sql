-- The MessageClass a client gave an item (MS-ASEMAIL 2.2.2.51): a phone's NDR for an SMS it could not send is a
-- report (REPORT.*), which marks the SMS failed (README, SMS life cycle).
alter table eas_item add column message_class varchar(128);
-- A handed-over SMS is looked up by the phone that took it when that phone files it in Sent Items or reports an NDR.
create index eas_item_handed_over on eas_item (user_id, last_changed_by) where sms_status = 'handed-over';
