-- A phone logs in with the user name or the e-mail address, in any case: no two accounts may share either. The
-- service checks before it creates an account; these indexes settle two creations that race past the check.
-- A system that already holds such duplicates keeps running without the indexes (a notice says so) until an
-- operator resolves them; this migration then does nothing, and a later one can add them.
do $$
begin
    if exists (select 1 from eas_user group by lower(username) having count(*) > 1)
       or exists (select 1 from eas_user group by lower(email) having count(*) > 1) then
        raise notice 'eas_user holds logins that differ only in case: unique indexes not created';
    else
        create unique index if not exists eas_user_username_ci on eas_user (lower(username));
        create unique index if not exists eas_user_email_ci on eas_user (lower(email));
    end if;
end $$;
