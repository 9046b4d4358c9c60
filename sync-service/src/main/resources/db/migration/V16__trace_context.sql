-- Tracing (ADR 10): an outbox row keeps the W3C traceparent of the request that wrote it, so its publication to
-- Kafka, long after that request ended, continues the same trace; an SMS keeps the id of the trace it entered the
-- Outbox in, which GET /api/sms/{id} returns. Both stay null when tracing is off. Adding nullable columns takes
-- no table rewrite: running replicas of the previous release keep working.
alter table outbox_event add column if not exists traceparent varchar(55);
alter table eas_item add column if not exists trace_id varchar(32);
