// The benchmark scenarios, each in three forms that return the same content: a Wijkatlas request,
// a PostGraphile request (null where PostGraphile has no equivalent: tiles), and the raw SQL that
// pgbench runs as the floor. params comes from lib.sh's write_params (params.json: codes, points, tiles).

const gql = (query) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

function tileSql(p, t, indicator) {
  const column = t.z <= 9 ? 'geom_3857_z0_9' : t.z <= 12 ? 'geom_3857_z10_12' : 'geom_3857';
  return `with t as (select ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}) as env, ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}, margin => 0.015625) as search),
features as (select ST_AsMVTGeom(b.${column}, t.env, 4096, 64, true) as geom,
    ('x' || substr(md5(a.code), 1, 12))::bit(48)::bigint as fid, a.code, a.name, a.level, a.parent_code, a.provisional
  from t, area_boundary b join area a on a.code = b.area_code
  where b.is_current and a.level = 'BUURT' and b.geom_3857 && t.search)
select ST_AsMVT(features.*, 'buurten', 4096, 'geom', 'fid') from features where geom is not null;`;
}

export function scenarios(p) {
  const list = [];
  list.push({
    id: 'a', name: '(a) area tree gemeente → buurten',
    wijkatlas: [gql(`{ area(code: "${p.gemeente}") { code name children { code name children { code name children { code name } } } } }`)],
    postgraphile: [gql(`{ areaByCode(code: "${p.gemeente}") { code name areasByParentCode { nodes { code name areasByParentCode { nodes { code name areasByParentCode { nodes { code name } } } } } } } }`)],
    sql: `with recursive t as (select code, name, 0 as depth from area where code = '${p.gemeente}'
  union all select a.code, a.name, t.depth + 1 from area a join t on a.parent_code = t.code where t.depth < 3)
select * from t;`,
  });
  list.push({
    id: 'b', name: `(b) choropleth: ${p.indicator} ${p.period}, every buurt`,
    wijkatlas: [gql(`{ indicator(code: "${p.indicator}") { values(period: "${p.period}", level: BUURT) { area { code } value status } } }`)],
    postgraphile: [gql(`{ allIndicatorValues(condition: { indicatorCode: "${p.indicator}", period: "${p.period}" }) { nodes { areaCode value status } } }`)],
    sql: `select a.code, v.value, coalesce(v.status, 'MISSING') from area a left join indicator_value v
  on v.area_code = a.code and v.indicator_code = '${p.indicator}' and v.period = '${p.period}' where a.level = 'BUURT';`,
  });
  list.push({
    id: 'c', name: `(c) area profile ${p.wijk}`,
    wijkatlas: [gql(`{ area(code: "${p.wijk}") { code name children { code name } indicatorValues(period: "${p.period}") { indicator { code } value status } opgaven { id title } initiatives { id title } credits { id name } } }`)],
    postgraphile: [gql(`{ areaByCode(code: "${p.wijk}") { code name areasByParentCode { nodes { code name } } indicatorValuesByAreaCode(condition: { period: "${p.period}" }) { nodes { indicatorCode value status } } opgaveAreasByAreaCode { nodes { opgaveByOpgaveId { id title } } } initiativeAreasByAreaCode { nodes { initiativeByInitiativeId { id title } } } creditAreasByAreaCode(condition: { role: "SERVES" }) { nodes { creditByCreditId { id name } } } } }`)],
    sql: `select code, name from area where code = '${p.wijk}';
select code, name from area where parent_code = '${p.wijk}' order by code;
select indicator_code, value, status from indicator_value where area_code = '${p.wijk}' and period = '${p.period}';
select o.id, o.title from opgave o join opgave_area x on x.opgave_id = o.id where x.area_code = '${p.wijk}';
select i.id, i.title from initiative i join initiative_area x on x.initiative_id = i.id where x.area_code = '${p.wijk}';
select c.id, c.name from credit c join credit_area x on x.credit_id = c.id where x.area_code = '${p.wijk}' and x.role = 'SERVES';`,
  });
  list.push({
    id: 'd', name: `(d) areaAt, ${p.points.length} random points in ${p.gemeenteName}`,
    wijkatlas: p.points.map(([lon, lat]) => gql(`{ areaAt(lon: ${lon}, lat: ${lat}) { code name } }`)),
    postgraphile: p.points.map(([lon, lat]) => gql(`{ areaAt(lon: ${lon}, lat: ${lat}) { code name } }`)),
    sql: `\\set i random(1, ${p.points.length})
select a.code, a.name from bench.points p join area_boundary b on b.is_current
  and ST_Intersects(b.geom_wgs84, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))
  join area a on a.code = b.area_code and a.level = 'BUURT' where p.id = :i order by a.code limit 1;`,
  });
  list.push({
    id: 'e', name: `(e) wijk geometry as GeoJSON (${p.wijk})`,
    wijkatlas: [gql(`{ area(code: "${p.wijk}") { geometry } }`)],
    postgraphile: [gql(`{ areaByCode(code: "${p.wijk}") { areaBoundariesByAreaCode(condition: { isCurrent: true }) { nodes { geomWgs84 { geojson } } } } }`)],
    sql: `select ST_AsGeoJSON(ST_ForcePolygonCCW(geom_wgs84), 6) from area_boundary where area_code = '${p.wijk}' and is_current;`,
  });
  // Each GraphQL scenario once more with Cache-Control: no-cache, which makes Wijkatlas
  // execute the query instead of answering from its response cache (the rows above measure
  // what residents get when they ask what others asked before; these measure the engine).
  for (const s of list.splice(0)) {
    const fresh = (r) => ({ ...r, headers: { ...r.headers, 'cache-control': 'no-cache' } });
    list.push(s, { ...s, id: `${s.id}-nc`, name: `${s.name}, no response cache`, wijkatlas: s.wijkatlas.map(fresh),
      postgraphile: s.postgraphile.map(fresh), sql: null, floorOf: s.id });
  }
  for (const t of p.tiles) {
    const path = `/tiles/buurten/${t.z}/${t.x}/${t.y}.mvt`;
    list.push({ id: `f${t.z}`, name: `(f) tile z${t.z} buurten, cold`, wijkatlas: [{ method: 'GET', path }], postgraphile: null, sql: tileSql(p, t), tile: t });
    list.push({ id: `f${t.z}-304`, name: `(f) tile z${t.z} buurten, If-None-Match → 304`, wijkatlas: [{ method: 'GET', path, etagOf: path }], postgraphile: null, sql: null, floorOf: `f${t.z}`, tile: t });
  }
  // Compression: the same responses with Accept-Encoding: gzip (Tomcat gzips GraphQL; the app
  // gzips tiles and /data downloads itself, with an ETag per encoding). The rows without it are
  // above (a-nc, f12) or here (the download); compare bytes and time.
  const gzip = (r) => ({ ...r, headers: { ...r.headers, 'accept-encoding': 'gzip' } });
  const tree = list.find((x) => x.id === 'a-nc');
  list.push({ id: 'g-tree', name: `${tree.name}, gzip`, wijkatlas: tree.wijkatlas.map(gzip), postgraphile: tree.postgraphile.map(gzip), sql: null, checkAs: 'a' });
  const download = { method: 'GET', path: '/data/areas/wijk.geojson' };
  list.push({ id: 'g-geojson', name: 'GeoJSON download, every wijk', wijkatlas: [download], postgraphile: null, sql: null });
  list.push({ id: 'g-geojson-gzip', name: 'GeoJSON download, every wijk, gzip', wijkatlas: [gzip(download)], postgraphile: null, sql: null });
  const t12 = list.find((x) => x.id === 'f12');
  if (t12) list.push({ id: 'g-tile', name: `${t12.name}, gzip`, wijkatlas: t12.wijkatlas.map(gzip), postgraphile: null, sql: null });
  return list;
}

// The cluster comparison (cluster.sh): the GET requests a caching reverse proxy can serve
// (a tile without and with If-None-Match, the GeoJSON and CSV downloads) and two GraphQL POSTs it
// only balances, each against one instance directly and through nginx.
export function clusterScenarios(p) {
  const t = p.tiles.find((x) => x.z === 12) || p.tiles[0];
  const path = `/tiles/buurten/${t.z}/${t.x}/${t.y}.mvt`;
  const byId = Object.fromEntries(scenarios(p).map((s) => [s.id, s]));
  return [
    { id: 'k-tile', name: `tile z${t.z} buurten (GET, no If-None-Match)`, wijkatlas: [{ method: 'GET', path }] },
    { id: 'k-tile-304', name: `tile z${t.z} buurten, If-None-Match → 304`, wijkatlas: [{ method: 'GET', path, etagOf: path }] },
    { id: 'k-geojson', name: 'GeoJSON download, every wijk', wijkatlas: [{ method: 'GET', path: '/data/areas/wijk.geojson' }] },
    { id: 'k-csv', name: `CSV download ${p.indicator}, every buurt`, wijkatlas: [{ method: 'GET', path: `/data/indicators/${p.indicator}.csv?level=buurt&period=${p.period}` }] },
    { id: 'k-profile', name: `GraphQL ${byId.c.name.replace(/^\(c\) /, '')}`, wijkatlas: byId.c.wijkatlas },
    { id: 'k-geometry', name: `GraphQL ${byId.e.name.replace(/^\(e\) /, '')}`, wijkatlas: byId.e.wijkatlas },
  ];
}
