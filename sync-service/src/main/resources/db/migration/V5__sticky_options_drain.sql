-- MS-ASMS 3.1.4.1.1.1: when a client stops sending an Options block, the items of that class are soft-deleted from
-- its view, a WindowSize at a time. drain_classes lists the classes being soft-deleted, drain_after_id the last item
-- id done. The prev_ columns keep what the state was before the last answer, so a retried request (previous
-- SyncKey) is answered the same again.
alter table eas_sync_state add column prev_options text;
alter table eas_sync_state add column drain_classes varchar(64);
alter table eas_sync_state add column drain_after_id bigint;
alter table eas_sync_state add column prev_drain_classes varchar(64);
alter table eas_sync_state add column prev_drain_after_id bigint;
