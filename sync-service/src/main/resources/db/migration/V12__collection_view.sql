-- ADR 8: what a device holds of a collection is one value, a CollectionView, stored as one JSON document per key
-- (view: under sync_key; prev_view: under prev_sync_key, for a retried request). It replaces ten columns and three
-- text formats: the sticky options (JSON), the drain list ("SMS:3,Email" with a cursor) and the horizons
-- ("SMS@<instant>#<id>,..."). The function below reads the old columns into the new shape; existing devices keep
-- their SyncKeys and carry on where they were.
create function eas_view_of(p_modseq bigint, p_options text, p_drain text, p_drain_after bigint, p_horizons text)
    returns text language sql immutable as $$
select jsonb_build_object(
    'modseq', p_modseq,
    'options', coalesce(p_options::jsonb, '[]'::jsonb),
    'withdrawals', coalesce(
        (select jsonb_agg(jsonb_build_object(
                    'itemClass', split_part(entry, ':', 1),
                    'filterType', case when position(':' in entry) > 0 then split_part(entry, ':', 2)::int end)
                order by ord)
         from unnest(string_to_array(nullif(p_drain, ''), ',')) with ordinality as d(entry, ord)),
        '[]'::jsonb),
    'withdrawnThroughId', coalesce(p_drain_after, 0),
    'horizons', coalesce(
        (select jsonb_object_agg(
                    split_part(entry, '@', 1),
                    jsonb_build_object(
                        'date', split_part(substr(entry, position('@' in entry) + 1), '#', 1),
                        'id', split_part(entry, '#', 2)::bigint))
         from unnest(string_to_array(nullif(p_horizons, ''), ',')) as h(entry)),
        '{}'::jsonb))::text
$$;

alter table eas_sync_state add column view text;
alter table eas_sync_state add column prev_view text;
update eas_sync_state set
    view = eas_view_of(modseq, options, drain_classes, drain_after_id, horizons),
    prev_view = case when prev_sync_key is not null
        then eas_view_of(coalesce(prev_modseq, 0), prev_options, prev_drain_classes, prev_drain_after_id, prev_horizons)
    end;
alter table eas_sync_state alter column view set not null;
alter table eas_sync_state
    drop column modseq, drop column prev_modseq,
    drop column options, drop column prev_options,
    drop column drain_classes, drop column drain_after_id, drop column prev_drain_classes, drop column prev_drain_after_id,
    drop column horizons, drop column prev_horizons;
drop function eas_view_of(bigint, text, text, bigint, text);
