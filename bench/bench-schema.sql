-- What the benchmark adds to its database, in a schema of its own (Flyway only manages public):
-- PostGraphile's equivalent of areaAt, and the random points of scenario (d) for the SQL floor.
create schema if not exists bench;

create or replace function bench.area_at(lon double precision, lat double precision) returns public.area
language sql stable as $$
  select a.* from public.area_boundary b join public.area a on a.code = b.area_code and a.level = 'BUURT'
  where b.is_current and ST_Intersects(b.geom_wgs84, ST_SetSRID(ST_MakePoint(lon, lat), 4326))
  order by a.code limit 1
$$;

drop table if exists bench.points;
create table bench.points (id integer primary key, lon double precision not null, lat double precision not null);
-- 200 reproducible random points inside the buurten of the gemeente (psql variable :gemeente).
select setseed(0.42);
insert into bench.points
select row_number() over (), round(ST_X(g)::numeric, 6), round(ST_Y(g)::numeric, 6)
from (select (ST_Dump(ST_GeneratePoints(ST_Union(b.geom_wgs84), 200, 42))).geom as g
      from public.area_boundary b join public.area a on a.code = b.area_code
      where b.is_current and a.level = 'BUURT' and a.gemeente_code = :'gemeente') p;
-- Not part of PostGraphile's API (and its name would clash with PostGIS's Point type there).
comment on table bench.points is E'@omit';
