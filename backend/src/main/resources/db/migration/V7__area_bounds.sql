-- The WGS84 bounds of each boundary as plain numbers, derived once when the boundary is written.
-- Every area row the API returns carries its bbox; computing ST_XMin(geom_wgs84) per read meant
-- detoasting and walking the whole polygon (about 100 ms for the 14,000 buurten of a national
-- choropleth), where reading four stored doubles costs next to nothing.
alter table area_boundary
    add column west double precision generated always as (ST_XMin(ST_Transform(geom_rd, 4326))) stored,
    add column south double precision generated always as (ST_YMin(ST_Transform(geom_rd, 4326))) stored,
    add column east double precision generated always as (ST_XMax(ST_Transform(geom_rd, 4326))) stored,
    add column north double precision generated always as (ST_YMax(ST_Transform(geom_rd, 4326))) stored;
