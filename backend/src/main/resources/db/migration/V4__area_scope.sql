-- The codes an area filter covers: the area itself and, when within, everything below it
-- (a stadsdeel's wijken and their buurten) and, for a gebied, the buurten it is built from.
create function area_scope(p_code text, p_within boolean)
returns table (code text)
language sql stable parallel safe
as $$
    with recursive below (code) as (
        select p_code
      union
        select child.code
        from below b
        cross join lateral (
            select a.code from area a where a.parent_code = b.code
            union all
            select gb.buurt_code from gebied_buurt gb where gb.gebied_code = b.code
        ) child
        where p_within
    )
    select code from below
$$;
