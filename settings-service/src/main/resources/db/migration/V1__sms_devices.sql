-- What each device told Settings DeviceInformation/Set (MS-ASCMD 2.2.3.45), and whether it is an SMS transport
-- (MS-ASMS 2.2.2.2.3 EnableOutboundSMS). The relay dispatcher reads the enabled ones.
create table if not exists sms_device (
    id                  bigserial primary key,
    user_id             bigint       not null,
    device_id           varchar(128) not null,
    device_type         varchar(64),
    model               varchar(256),
    imei                varchar(64),
    friendly_name       varchar(256),
    os                  varchar(256),
    os_language         varchar(64),
    phone_number        varchar(64),
    user_agent          varchar(256),
    mobile_operator     varchar(256),
    enable_outbound_sms boolean      not null default false,
    updated_at          timestamptz  not null default now(),
    unique (user_id, device_id)
);
create index if not exists sms_device_transports on sms_device (user_id) where enable_outbound_sms;
