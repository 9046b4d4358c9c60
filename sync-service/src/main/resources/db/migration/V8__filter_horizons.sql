-- MS-ASCMD 2.2.3.172 SoftDelete, MS-ASMS 3.1.4.1.1.2 FilterType: as time passes, items fall out of a device's filter
-- window and are soft-deleted from its view; when it widens its FilterType, older items are added. horizons records,
-- per filtered class, where the device's view begins: "SMS@<instant>#<id>" means the items of class SMS with
-- (date_received, id) after (<instant>, <id>). prev_horizons is what it was before the last answer (a retried request).
alter table eas_sync_state add column horizons text;
alter table eas_sync_state add column prev_horizons text;

-- Moving a horizon reads the items of one class in a folder in (date_received, id) order.
create index eas_item_received on eas_item (folder_id, item_class, date_received, id) where deleted = false;
