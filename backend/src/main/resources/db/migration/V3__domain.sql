-- What happens in the areas: organisations, begrotingsdoelen and kredieten, initiatives and the
-- schemes that fund them, opgaven with their DIN tree, and stories. Every record cites a source
-- (and where in it: the locator); example content is marked by its source's kind EXAMPLE.

create table organisation (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name        text not null check (length(trim(name)) > 0),
    kind        text not null check (kind in ('GEMEENTE_AFDELING', 'WIJKTEAM', 'WIJKSERVICEPUNT', 'WIJKVERENIGING',
        'WIJKPLATFORM', 'BEWONERSVERENIGING', 'WIJKCENTRUM', 'WIJKKRANT', 'WELZIJN', 'PARTNER', 'FONDS', 'OVERIG')),
    address     text,
    email       text,
    phone       text,
    website     text,
    historical  boolean not null default false,
    source_id   text not null references source (id),
    locator     text,
    note        text
);

-- LOCATED: the organisation works in or for the area; SERVES: a service area (wijkservicepunt).
create table organisation_area (
    organisation_id text not null references organisation (id) on delete cascade,
    area_code       text not null references area (code),
    role            text not null check (role in ('LOCATED', 'SERVES')),
    primary key (organisation_id, area_code, role)
);
create index organisation_area_area_idx on organisation_area (area_code);

create table budget_goal (
    code              text primary key check (code ~ '^[0-9]+(\.[0-9]+)*$'),
    title             text not null,
    domain            text,
    description       text,
    portfolio_holders text[] not null default '{}',
    criteria          text[] not null default '{}',
    source_id         text not null references source (id),
    locator           text
);

create table budget_goal_year (
    budget_goal_code    text not null references budget_goal (code) on delete cascade,
    year                smallint not null check (year between 1900 and 2200),
    kind                text not null check (kind in ('REKENING', 'BEGROTING', 'MEERJARENRAMING')),
    expenses            numeric(16, 2),
    income              numeric(16, 2),
    balance             numeric(16, 2),
    reserve_additions   numeric(16, 2),
    reserve_withdrawals numeric(16, 2),
    result              numeric(16, 2),
    primary key (budget_goal_code, year, kind)
);

create table credit (
    id                 text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name               text not null check (length(trim(name)) > 0),
    budget_goal_code   text references budget_goal (code),
    amount             numeric(16, 2) check (amount >= 0),
    realised_to_date   numeric(16, 2),
    realised_year      smallint check (realised_year between 1900 and 2200),
    remaining          numeric(16, 2),
    source_id          text not null references source (id),
    locator            text,
    note               text
);
create index credit_budget_goal_idx on credit (budget_goal_code);

create table credit_forecast (
    credit_id text not null references credit (id) on delete cascade,
    year      smallint not null check (year between 1900 and 2200),
    amount    numeric(16, 2) not null,
    primary key (credit_id, year)
);

create table credit_area (
    credit_id text not null references credit (id) on delete cascade,
    area_code text not null references area (code),
    primary key (credit_id, area_code)
);
create index credit_area_area_idx on credit_area (area_code);

create table initiative_scheme (
    id              text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name            text not null,
    description     text,
    max_amount      numeric(16, 2) check (max_amount >= 0),
    max_share       numeric(5, 4) check (max_share > 0 and max_share <= 1),
    budget_per_year numeric(16, 2) check (budget_per_year >= 0),
    budget_scope    text,
    categories      text[] not null default '{}',
    website         text,
    source_id       text not null references source (id),
    locator         text,
    note            text
);

create table initiative (
    id                         text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    title                      text not null check (length(trim(title)) > 0),
    description                text,
    initiator_organisation_id  text references organisation (id),
    location                   geometry(Point, 4326) check (location is null or ST_IsValid(location)),
    status                     text,
    funding_scheme_id          text references initiative_scheme (id),
    amount                     numeric(16, 2) check (amount >= 0),
    -- As precise as the source: a year (2019), a month (2019-06) or a day (2019-06-14).
    started_on                 text check (started_on ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    link                       text,
    source_id                  text not null references source (id),
    locator                    text,
    note                       text,
    version                    integer not null default 0
);
create index initiative_location_gist on initiative using gist (location);

create table initiative_area (
    initiative_id text not null references initiative (id) on delete cascade,
    area_code     text not null references area (code),
    primary key (initiative_id, area_code)
);
create index initiative_area_area_idx on initiative_area (area_code);

create table opgave (
    id        text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
    title     text not null check (length(trim(title)) > 0),
    theme     text not null,
    period    text not null check (period ~ '^[0-9]{4}(-[0-9]{4})?$'),
    status    text,
    summary   text,
    source_id text not null references source (id),
    locator   text,
    note      text,
    version   integer not null default 0
);
create index opgave_theme_period_idx on opgave (theme, period);

create table opgave_area (
    opgave_id text not null references opgave (id) on delete cascade,
    area_code text not null references area (code),
    primary key (opgave_id, area_code)
);
create index opgave_area_area_idx on opgave_area (area_code);

-- DIN: doelen -> inspanningen (with betrokkenen) -> middelen.
create table doel (
    id        bigserial primary key,
    opgave_id text not null references opgave (id) on delete cascade,
    position  smallint not null,
    title     text not null,
    unique (opgave_id, position)
);

create table inspanning (
    id       bigserial primary key,
    doel_id  bigint not null references doel (id) on delete cascade,
    position smallint not null,
    title    text not null,
    unique (doel_id, position)
);

create table inspanning_betrokkene (
    inspanning_id   bigint not null references inspanning (id) on delete cascade,
    organisation_id text not null references organisation (id),
    primary key (inspanning_id, organisation_id)
);

create table middel (
    id            bigserial primary key,
    inspanning_id bigint not null references inspanning (id) on delete cascade,
    position      smallint not null,
    kind          text not null check (kind in ('MONEY', 'CAPACITY', 'CREDIT', 'OTHER')),
    amount        numeric(16, 2) check (amount >= 0),
    credit_id     text references credit (id),
    description   text,
    unique (inspanning_id, position)
);

create table story (
    slug       text primary key check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    title      text not null,
    summary    text,
    version    integer not null default 0
);

create table story_source (
    story_slug text not null references story (slug) on delete cascade,
    source_id  text not null references source (id),
    primary key (story_slug, source_id)
);

create table chapter (
    id                  bigserial primary key,
    story_slug          text not null references story (slug) on delete cascade,
    position            smallint not null,
    title               text not null,
    text                text not null,
    focus_area_code     text references area (code),
    camera_lon          double precision check (camera_lon between -180 and 180),
    camera_lat          double precision check (camera_lat between -90 and 90),
    camera_zoom         double precision check (camera_zoom between 0 and 24),
    layer_indicator_code text,
    layer_period        text,
    show_initiatives    boolean not null default false,
    show_credits        boolean not null default false,
    missing_figures     text,
    version             integer not null default 0,
    unique (story_slug, position),
    constraint chapter_camera_complete check (
        (camera_lon is null) = (camera_lat is null) and (camera_lon is null) = (camera_zoom is null))
);

create table chapter_citation (
    id         bigserial primary key,
    chapter_id bigint not null references chapter (id) on delete cascade,
    source_id  text not null references source (id),
    locator    text
);
create index chapter_citation_chapter_idx on chapter_citation (chapter_id);

-- Every change a wijkmanager makes, readable through the API: who, when, what.
create table change (
    id          bigserial primary key,
    changed_at  timestamptz not null default now(),
    actor       text not null,
    action      text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type text not null,
    entity_id   text not null,
    area_codes  text[] not null default '{}',
    before      jsonb,
    after       jsonb
);
create index change_entity_idx on change (entity_type, entity_id, changed_at desc);
