-- Honest money (issue #11, part 5). A credit says what kind of amount it is, and a part of
-- another amount (ONDERDEEL) points at its whole, so no total counts the same euros twice.
-- City-wide money is linked to the gemeente; a wijk where a city-wide amount is piloted is
-- linked with the role PILOT, not as an area the money serves. A forecast column such as
-- "Raming 2022 en verder" is a period from its year on, not that one year. A begrotingsdoel
-- keeps the totals its kredieten table states, so they can be checked against the lines.

alter table credit
    add column kind text not null default 'KREDIET'
        check (kind in ('KREDIET', 'BUDGET', 'ONDERDEEL', 'SUBSIDIE', 'REGELING')),
    -- Deferred: an import writes credits in file order, so a part may come before its whole.
    add column part_of text references credit (id) deferrable initially deferred,
    add constraint credit_part_of_itself check (part_of is null or part_of <> id),
    -- Only a part has a whole, and a part always has one.
    add constraint credit_part_has_whole check ((kind = 'ONDERDEEL') = (part_of is not null));
create index credit_part_of_idx on credit (part_of);

-- SERVES: the area the money is for. PILOT: a city-wide amount is tried out in this area first.
alter table credit_area
    add column role text not null default 'SERVES' check (role in ('SERVES', 'PILOT'));

-- open_ended: the column covers its year and every later year ("Raming 2022 en verder").
alter table credit_forecast
    add column open_ended boolean not null default false;

-- The totals rows of a begrotingsdoel's "Overzicht kredieten" table, as the document states them.
-- credit_ids are the table lines the row adds up (a subtotal covers only its section).
create table budget_goal_credit_total (
    budget_goal_code text not null references budget_goal (code) on delete cascade,
    position         smallint not null check (position >= 0),
    label            text not null check (length(trim(label)) > 0),
    scope            text not null check (scope in ('TOTAL', 'SUBTOTAL')),
    amount           numeric(16, 2),
    realised_to_date numeric(16, 2),
    realised_year    smallint check (realised_year between 1900 and 2200),
    remaining        numeric(16, 2),
    credit_ids       text[] not null default '{}',
    locator          text,
    primary key (budget_goal_code, position)
);

create table budget_goal_credit_total_forecast (
    budget_goal_code text not null,
    position         smallint not null,
    year             smallint not null check (year between 1900 and 2200),
    open_ended       boolean not null default false,
    amount           numeric(16, 2) not null,
    primary key (budget_goal_code, position, year),
    foreign key (budget_goal_code, position) references budget_goal_credit_total on delete cascade
);

-- Whether a scheme's maximum is in force or only planned, in the source's words.
alter table initiative_scheme
    add column max_amount_status text check (max_amount_status in ('IN_FORCE', 'PLANNED')),
    add column max_amount_status_quote text;
