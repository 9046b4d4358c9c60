-- Every administrative action (issue 13): who (the admin token's caller and its address), what, on which user and
-- device, when. Written in the transaction of the action itself, so an action without its record cannot happen.
create table eas_admin_audit (
    id         bigserial    primary key,
    at         timestamptz  not null default now(),
    actor      varchar(128) not null,
    action     varchar(32)  not null,
    username   varchar(128) not null,
    device_id  varchar(128),
    detail     text
);
create index eas_admin_audit_user on eas_admin_audit (username, at);
