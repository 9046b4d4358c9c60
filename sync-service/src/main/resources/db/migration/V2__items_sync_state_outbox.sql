-- Items (SMS and e-mail) with a global change sequence, per-device sync state, and the transactional outbox.

-- Every change to an item takes the next value: "what changed since modseq N" is one indexed range scan.
create sequence eas_modseq;

create table eas_item (
    id                 bigserial primary key,
    user_id            bigint      not null references eas_user (id) on delete cascade,
    folder_id          bigint      not null references eas_folder (id) on delete cascade,
    item_class         varchar(16) not null,
    modseq             bigint      not null,
    created_modseq     bigint      not null,
    -- The device whose request made the last change: that device already has it and is not sent it back.
    last_changed_by    bigint,
    deleted            boolean     not null default false,
    to_recipients      text,
    cc                 text,
    sender             text,
    subject            text,
    date_received      timestamptz,
    importance         int,
    read               boolean,
    body_type          int,
    body               text,
    internet_cpid      varchar(16),
    flag               text,
    conversation_id    bytea,
    conversation_index bytea,
    -- SMS put into the Outbox: queued until a phone takes it (see README, SMS life cycle).
    sms_status         varchar(16),
    created_at         timestamptz not null default now()
);
create index eas_item_changes on eas_item (folder_id, modseq);

-- What one device has seen of one collection (MS-ASCMD 2.2.3.166.4 SyncKey), with the previous state kept so that
-- a retried request with the previous key can be answered again.
create table eas_sync_state (
    device_pk       bigint      not null references eas_device (id) on delete cascade,
    collection_id   varchar(64) not null,
    sync_key        int         not null,
    modseq          bigint      not null,
    prev_sync_key   int,
    prev_modseq     bigint,
    -- The sticky Options blocks (MS-ASMS 3.1.4.1.1.1), as JSON.
    options         text,
    primary key (device_pk, collection_id)
);

-- Debezium outbox layout: written in the same transaction as the item, published to Kafka by the outbox relay.
create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(64)  not null,
    aggregateid   varchar(128) not null,
    type          varchar(64)  not null,
    timestamp     timestamptz  not null default now(),
    payload       jsonb        not null,
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (timestamp) where published_at is null;

-- Wakes the outbox relay the moment an event commits (it also polls slowly, in case a notification is lost).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', new.id::text);
    return new;
end $$;
create trigger outbox_event_inserted after insert on outbox_event
    for each row execute function outbox_event_notify();

-- The last full Sync request of a device, re-used by an empty-body or Partial Sync (MS-ASCMD 2.2.1.21).
alter table eas_device add column last_sync_request bytea;
