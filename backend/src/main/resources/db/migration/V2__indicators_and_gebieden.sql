-- Indicators (measured figures per area and period) and free-form gebieden.

-- A gebied is a row in area with level GEBIED (code GB0193_..., parent the gemeente), built as the
-- union of CBS buurten. This table says which buurten, how well they match the gebied the source
-- names, and by which other code (e.g. a Buurt-voor-Buurt pseudo-code) other datasets call it.
-- The composite foreign keys pin the levels: a gebied row points at a GEBIED area, its buurten at
-- BUURT areas.
alter table area add constraint area_code_level_key unique (code, level);

create table gebied (
    area_code   text primary key,
    level       text not null default 'GEBIED' check (level = 'GEBIED'),
    -- The code other datasets use for this gebied, e.g. BVB_OLDENEEL in the Buurt-voor-Buurt figures.
    alias       text unique check (alias ~ '^[A-Z][A-Z0-9_]*$'),
    -- True when the buurten only approximate the gebied the source names; the note says how.
    approximate boolean not null,
    note        text,
    foreign key (area_code, level) references area (code, level) on delete cascade,
    constraint gebied_approximate_explained check (not approximate or note is not null)
);

create table gebied_buurt (
    gebied_code text not null references gebied (area_code) on delete cascade,
    buurt_code  text not null,
    buurt_level text not null default 'BUURT' check (buurt_level = 'BUURT'),
    primary key (gebied_code, buurt_code),
    -- No cascade: removing a buurt that a gebied is built from must fail loudly.
    foreign key (buurt_code, buurt_level) references area (code, level)
);
create index gebied_buurt_buurt_idx on gebied_buurt (buurt_code);

create table indicator (
    code             text primary key check (code ~ '^[A-Za-z][A-Za-z0-9_]{0,99}$'),
    label            text not null check (length(trim(label)) > 0),
    unit             text,
    theme            text,
    -- NULL when the figure has no direction (inhabitants, households, a category).
    higher_is_better boolean,
    description      text,
    source_id        text not null references source (id),
    value_kind       text not null check (value_kind in ('NUMBER', 'CATEGORY'))
);
create index indicator_theme_idx on indicator (lower(theme), code);

-- One figure: an indicator for an area in a period. Periods are a year ('2024') or a range of
-- years ('2023-2024'); with four-digit years their text order is the order of (first year, last
-- year), so "the preceding period" is simply the greatest smaller period text.
-- A missing or suppressed figure has neither value nor category: it must never read as 0.
create table indicator_value (
    indicator_code text not null references indicator (code) on delete cascade,
    area_code      text not null references area (code),
    period         text not null check (period ~ '^[0-9]{4}(-[0-9]{4})?$'
                       and (length(period) = 4 or substr(period, 6, 4) > substr(period, 1, 4))),
    value          numeric,
    category       text,
    status         text not null check (status in ('PRESENT', 'MISSING', 'SUPPRESSED')),
    source_id      text not null references source (id),
    -- How the source itself words this figure, when that differs from the indicator's label
    -- (e.g. "voorlopig cijfer", or the source's own name for the area).
    note           text,
    -- The import that wrote the row (e.g. indicators/cbs_kerncijfers.csv): a re-import of the same
    -- dataset removes the rows it no longer has.
    dataset        text not null,
    constraint indicator_value_key unique (indicator_code, area_code, period),
    constraint indicator_value_status_matches check (
        case when status = 'PRESENT' then (value is not null) <> (category is not null)
             else value is null and category is null end)
);
create index indicator_value_period_idx on indicator_value (indicator_code, period);
create index indicator_value_area_idx on indicator_value (area_code);
create index indicator_value_dataset_idx on indicator_value (dataset);
