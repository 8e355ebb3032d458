-- Areas: the hierarchy gemeente -> stadsdeel -> wijk -> buurt, plus free-form gebieden.
-- The authoritative geometry is RD New (EPSG:28992); everything serving needs is derived from it
-- by generated columns, so a derived copy can never drift from its source.

create extension if not exists postgis;

create table source (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9._-]*$'),
    kind        text not null check (kind in ('DATASET', 'DOCUMENT', 'WEB', 'DERIVED', 'EXAMPLE')),
    title       text not null check (length(trim(title)) > 0),
    publisher   text,
    url         text,
    year        smallint check (year between 1800 and 2200),
    licence     text,
    attribution text,
    note        text
);

create table area (
    code              text primary key,
    name              text not null check (length(trim(name)) > 0),
    level             text not null check (level in ('GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT', 'GEBIED')),
    parent_code       text references area (code) deferrable initially deferred,
    gemeente_code     text not null,
    source_id         text not null references source (id),
    -- Why this area sits under its parent. CBS states it for wijk and buurt; stadsdelen are a
    -- municipal unit, so each wijk's stadsdeel cites a public source or is marked provisional.
    provisional       boolean not null default false,
    membership_source_id text references source (id),
    membership_note   text,
    constraint area_code_matches_level check (
        (level = 'GEMEENTE' and code ~ '^GM[0-9]{4}$')
        or (level = 'STADSDEEL' and code ~ '^SD[0-9]{4}_[A-Z0-9]+$')
        or (level = 'WIJK' and code ~ '^WK[0-9]{6}$')
        or (level = 'BUURT' and code ~ '^BU[0-9]{8}$')
        or (level = 'GEBIED' and code ~ '^GB[0-9]{4}_[A-Z0-9_]+$')),
    constraint area_parent_iff_not_gemeente check ((level = 'GEMEENTE') = (parent_code is null)),
    constraint area_gemeente_code_format check (gemeente_code ~ '^GM[0-9]{4}$'),
    constraint area_provisional_explained check (not provisional or membership_note is not null)
);

create index area_parent_idx on area (parent_code);
create index area_level_code_idx on area (level, code);
create index area_gemeente_idx on area (gemeente_code, level);

create table area_boundary (
    area_code       text not null references area (code) on delete cascade,
    boundary_year   smallint not null check (boundary_year between 1900 and 2200),
    is_current      boolean not null default true,
    geom_rd         geometry(MultiPolygon, 28992) not null,
    geom_wgs84      geometry(MultiPolygon, 4326)
        generated always as (ST_Transform(geom_rd, 4326)) stored,
    geom_3857       geometry(MultiPolygon, 3857)
        generated always as (ST_Transform(geom_rd, 3857)) stored,
    -- Pre-simplified Web Mercator copies for small map scales (tolerance in metres, about half a
    -- screen pixel at the most detailed zoom of each band), so no request simplifies on the fly.
    geom_3857_z0_9  geometry(MultiPolygon, 3857)
        generated always as (ST_Multi(ST_SimplifyPreserveTopology(ST_Transform(geom_rd, 3857), 120))) stored,
    geom_3857_z10_12 geometry(MultiPolygon, 3857)
        generated always as (ST_Multi(ST_SimplifyPreserveTopology(ST_Transform(geom_rd, 3857), 15))) stored,
    area_m2         double precision generated always as (ST_Area(geom_rd)) stored,
    centroid_wgs84  geometry(Point, 4326)
        generated always as (ST_Transform(ST_Centroid(geom_rd), 4326)) stored,
    label_point_wgs84 geometry(Point, 4326)
        generated always as (ST_Transform(ST_PointOnSurface(geom_rd), 4326)) stored,
    primary key (area_code, boundary_year),
    constraint area_boundary_valid check (ST_IsValid(geom_rd)),
    constraint area_boundary_not_empty check (not ST_IsEmpty(geom_rd))
);

create unique index area_boundary_one_current on area_boundary (area_code) where is_current;
create index area_boundary_rd_gist on area_boundary using gist (geom_rd) where is_current;
create index area_boundary_wgs84_gist on area_boundary using gist (geom_wgs84) where is_current;
create index area_boundary_3857_gist on area_boundary using gist (geom_3857) where is_current;

-- Every import that changed data bumps the version; caches (ETags) derive from it, so all app
-- instances agree on it.
create table data_version (
    singleton  boolean primary key default true check (singleton),
    version    bigint not null,
    changed_at timestamptz not null default now()
);
insert into data_version (version) values (1);

create table dataset_import (
    id            bigserial primary key,
    dataset       text not null,
    checksum      text not null,
    file_name     text not null,
    feature_count integer not null check (feature_count >= 0),
    changed       boolean not null,
    imported_at   timestamptz not null default now()
);
create index dataset_import_dataset_idx on dataset_import (dataset, imported_at desc);
