-- AllowTextMessaging (MS-ASPROV 2.2.2.16, issue 13): whether a user may use SMS through this server. Off, the server
-- offers AllowTextMessaging 0 in the Provision policy, syncs no SMS items to the user's devices and accepts none into
-- the Outbox. A defaulted column: replicas of the previous release keep working during a rollout.
alter table eas_user add column if not exists allow_text_messaging boolean not null default true;
