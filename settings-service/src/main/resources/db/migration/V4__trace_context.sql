-- Tracing (ADR 10): an outbox row keeps the W3C traceparent of the request that wrote it (a phone's Settings
-- command), so its publication to Kafka continues that trace into relay-dispatcher. Null when tracing is off.
alter table settings_outbox_event add column if not exists traceparent varchar(55);
