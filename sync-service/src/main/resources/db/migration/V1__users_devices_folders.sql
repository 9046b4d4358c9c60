-- Accounts, the devices they sync from, and their mail folders (MS-ASCMD FolderSync).

create table eas_user (
    id            bigserial primary key,
    username      varchar(128) not null unique,
    email         varchar(320) not null,
    password_hash varchar(100) not null,
    created_at    timestamptz  not null default now()
);

-- One row per (user, ActiveSync DeviceId): the provisioning state of that device.
create table eas_device (
    id           bigserial primary key,
    user_id      bigint       not null references eas_user (id) on delete cascade,
    device_id    varchar(128) not null,
    device_type  varchar(64)  not null,
    policy_key   bigint,
    provisioned  boolean      not null default false,
    last_seen_at timestamptz  not null default now(),
    unique (user_id, device_id)
);

create table eas_folder (
    id           bigserial primary key,
    user_id      bigint       not null references eas_user (id) on delete cascade,
    server_id    varchar(64)  not null,
    parent_id    varchar(64)  not null default '0',
    display_name varchar(256) not null,
    type         int          not null,
    unique (user_id, server_id)
);
