-- Figures where people live: one indicator with many periods, figures derived for a level that has
-- none of its own, and the reliability of survey figures.

-- An English label for the English UI (the Dutch label stays the indicator's own), and how the
-- indicator may be derived for a parent area from its children: SUM for counts, WEIGHTED_MEAN for
-- shares and averages, weighted by the figure of weight_indicator_code (the denominator) of each
-- child. NULL: never derived (a survey mark cannot be averaged without its respondents).
alter table indicator
    add column label_en text check (label_en is null or length(trim(label_en)) > 0),
    add column aggregation text check (aggregation in ('SUM', 'WEIGHTED_MEAN')),
    add column weight_indicator_code text references indicator (code) deferrable initially deferred,
    add constraint indicator_weight_iff_weighted check ((aggregation = 'WEIGHTED_MEAN') = (weight_indicator_code is not null));

-- The same quantity published under another code (PDOK's aantalInwoners is StatLine's
-- AantalInwoners_5): figures imported under an alias land on the indicator, each keeping its own
-- source, so the indicator has one series over every period. An alias is never an indicator itself.
create table indicator_alias (
    code           text primary key check (code ~ '^[A-Za-z][A-Za-z0-9_]{0,99}$'),
    indicator_code text not null references indicator (code) on delete cascade deferrable initially deferred,
    note           text,
    constraint indicator_alias_not_itself check (code <> indicator_code)
);
create index indicator_alias_indicator_idx on indicator_alias (indicator_code);

-- FEW_RESPONDENTS: a survey figure that rests on few respondents (the publisher left its own
-- indexes empty for the area); shown flagged and kept out of class breaks.
alter table indicator_value
    add column reliability text not null default 'NORMAL' check (reliability in ('NORMAL', 'FEW_RESPONDENTS')),
    add column reliability_note text,
    -- Where in its source the figure is, when the source cites one export for many figures
    -- (e.g. "GEOITEM 100; ... code 'bspman'" of the municipal buurtmonitor export).
    add column source_locator text,
    -- A figure computed by Wijkatlas from the figures of the areas below (source kind DERIVED):
    -- how, from how many areas of which level, weighted by which indicator, and the sources of
    -- its inputs. NULL for a published figure.
    add column derivation_method text check (derivation_method in ('SUM', 'WEIGHTED_MEAN')),
    add column derivation_input_level text check (derivation_input_level in ('STADSDEEL', 'WIJK', 'BUURT')),
    add column derivation_input_count integer check (derivation_input_count > 0),
    add column derivation_weight_code text,
    add column derivation_source_ids text[],
    add constraint indicator_value_derivation_complete check (
        (derivation_method is null) = (derivation_input_level is null)
        and (derivation_method is null) = (derivation_input_count is null)
        and (derivation_method is null) = (derivation_source_ids is null)
        and ((derivation_method = 'WEIGHTED_MEAN') = (derivation_weight_code is not null))),
    add constraint indicator_value_reliability_explained check (reliability = 'NORMAL' or reliability_note is not null);

-- The series of one area (indicatorSeries) reads every period of a few indicators.
create index indicator_value_area_indicator_idx on indicator_value (area_code, indicator_code, period);
