-- settings-service's transactional outbox (Debezium column names): one SmsTransportChanged row per change of a
-- device's EnableOutboundSMS state or phone number, written in the transaction of that change and published to
-- Kafka topic eas.sms-transports by the shared outbox relay (module outbox), which a NOTIFY wakes at once.
create table if not exists settings_outbox_event (
    id            uuid primary key,
    aggregatetype varchar(64)  not null,
    aggregateid   varchar(128) not null,
    type          varchar(64)  not null,
    timestamp     timestamptz  not null default now(),
    payload       jsonb        not null,
    published_at  timestamptz
);
create index if not exists settings_outbox_event_unpublished
    on settings_outbox_event (timestamp) where published_at is null;

create or replace function settings_outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('settings_outbox_event', new.id::text);
    return new;
end $$;
drop trigger if exists settings_outbox_event_inserted on settings_outbox_event;
create trigger settings_outbox_event_inserted after insert on settings_outbox_event
    for each row execute function settings_outbox_event_notify();
