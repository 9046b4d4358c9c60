-- The ClientId a device gave an item it added (MS-ASCMD 2.2.3.28.2), and which device that was: a Sync retried with
-- the previous SyncKey (the client never got our answer) re-sends its Adds, and they must map to the items the lost
-- request created, not create them twice (twice in an Outbox is an SMS sent twice).
alter table eas_item add column client_id varchar(64);
alter table eas_item add column created_by bigint;
create index eas_item_client_ids on eas_item (folder_id, created_by, client_id) where client_id is not null;
