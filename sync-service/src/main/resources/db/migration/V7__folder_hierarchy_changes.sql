-- The folder hierarchy changes (MS-ASCMD FolderCreate, FolderUpdate, FolderDelete), so FolderSync is incremental:
-- every change takes the next value of the global change sequence, deleted folders stay as tombstones, and each
-- device's hierarchy SyncKey says up to which change it has been told. The standard folders count as change 0.
alter table eas_folder add column modseq bigint not null default 0;
alter table eas_folder add column created_modseq bigint not null default 0;
alter table eas_folder add column deleted boolean not null default false;
-- The device whose request made the last change: it knows, and is not told again.
alter table eas_folder add column last_changed_by bigint;

create table eas_folder_state (
    device_pk     bigint primary key references eas_device (id) on delete cascade,
    sync_key      int    not null,
    modseq        bigint not null,
    prev_sync_key int,
    prev_modseq   bigint
);
