// A development stand-in for the backend: serves the built site (target/classes/static), GET /api/config
// and the two GraphQL queries the page sends, answered from the bundled CBS files in ../geodata/datasets.
// Only for working on the front end without PostGIS; the real API is the backend's. Not used by any test.
//   npm run build && npm run mock      (PORT=8092 by default)
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, '..');
const datasets = join(web, '..', 'geodata', 'datasets');
const staticDir = join(web, 'target', 'classes', 'static');
const port = Number(process.env.PORT ?? 8092);

/** RD New (EPSG:28992) to WGS84, by the Schreutelkamp & Strang van Hees approximation (about 1 m). */
function rdToWgs84([x, y]) {
  const dX = (x - 155000) * 1e-5;
  const dY = (y - 463000) * 1e-5;
  const n =
    3235.65389 * dY - 32.58297 * dX ** 2 - 0.2475 * dY ** 2 - 0.84978 * dX ** 2 * dY - 0.0655 * dY ** 3 -
    0.01709 * dX ** 2 * dY ** 2 - 0.00738 * dX + 0.0053 * dX ** 4 - 0.00039 * dX ** 2 * dY ** 3 +
    0.00033 * dX ** 4 * dY - 0.00012 * dX * dY;
  const e =
    5260.52916 * dX + 105.94684 * dX * dY + 2.45656 * dX * dY ** 2 - 0.81885 * dX ** 3 + 0.05594 * dX * dY ** 3 -
    0.05607 * dX ** 3 * dY + 0.01199 * dY - 0.00256 * dX ** 3 * dY ** 2 + 0.00128 * dX * dY ** 4 +
    0.00022 * dY ** 2 - 0.00022 * dX ** 2 + 0.00026 * dX ** 5;
  return [round(5.38720621 + e / 3600), round(52.1551744 + n / 3600)];
}
const round = (v) => Math.round(v * 1e6) / 1e6;

function polygonsOf(geometry) {
  const project = (ring) => ring.map(rdToWgs84);
  if (geometry.type === 'Polygon') return [geometry.coordinates.map(project)];
  return geometry.coordinates.map((polygon) => polygon.map(project));
}

function bboxOf(polygons) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0]) {
      w = Math.min(w, lon);
      s = Math.min(s, lat);
      e = Math.max(e, lon);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

function area(code, name, level, polygons, membership = { provisional: false, note: null }) {
  const bbox = bboxOf(polygons);
  return {
    code,
    name,
    level,
    membership,
    polygons,
    bbox,
    labelPoint: { lon: round((bbox[0] + bbox[2]) / 2), lat: round((bbox[1] + bbox[3]) / 2) },
  };
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.trim().split('\n')) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) cells.push(cell), (cell = '');
      else cell += c;
    }
    cells.push(cell);
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

function loadAreas() {
  const read = (file) => JSON.parse(readFileSync(join(datasets, file), 'utf8'));
  const buurtFeatures = read('cbs/zwolle_buurten_2025_rd.geojson').features;
  const wijkFeatures = read('cbs/zwolle_wijken_2025_rd.geojson').features;
  const stadsdeelRows = parseCsv(readFileSync(join(datasets, 'zwolle/stadsdelen.csv'), 'utf8'));
  // Wijken no source places: the real import assigns them by adjacency; the mock just picks one.
  const unplaced = { WK019312: 'OOST', WK019332: 'NOORD', WK019340: 'OOST', WK019341: 'OOST', WK019352: 'ZUID' };
  const names = { MIDDEN: 'Midden', NOORD: 'Noord', OOST: 'Oost', WEST: 'West', ZUID: 'Zuid' };

  const buurten = buurtFeatures.map((f) =>
    area(f.properties.statcode, f.properties.statnaam, 'BUURT', polygonsOf(f.geometry)),
  );
  const wijken = wijkFeatures.map((f) => {
    const code = f.properties.statcode;
    const row = stadsdeelRows.find((r) => r.wijk_code === code);
    const membership = row
      ? { provisional: row.basis !== 'STATED', note: row.note || null }
      : { provisional: true, note: 'Geen bron noemt het stadsdeel; toegewezen op grond van aangrenzende wijken.' };
    const stadsdeel = row ? row.stadsdeel_code : `SD0193_${unplaced[code]}`;
    const polygons = buurten.filter((b) => b.code.slice(2, 8) === code.slice(2, 8)).flatMap((b) => b.polygons);
    return { ...area(code, f.properties.statnaam, 'WIJK', polygons, membership), parentCode: stadsdeel };
  });
  for (const b of buurten) b.parentCode = `WK${b.code.slice(2, 8)}`;
  const stadsdelen = Object.entries(names).map(([key, name]) => {
    const code = `SD0193_${key}`;
    return { ...area(code, name, 'STADSDEEL', wijken.filter((w) => w.parentCode === code).flatMap((w) => w.polygons)), parentCode: 'GM0193' };
  });
  const gemeente = area('GM0193', 'Zwolle', 'GEMEENTE', wijken.flatMap((w) => w.polygons));
  const all = [gemeente, ...stadsdelen, ...wijken, ...buurten];
  const byCode = new Map(all.map((a) => [a.code, a]));
  return { all, byCode };
}

const { all, byCode } = loadAreas();

function toGraphql(a) {
  const ref = (x) => (x ? { code: x.code, name: x.name, level: x.level } : null);
  const ancestors = [];
  for (let p = byCode.get(a.parentCode); p; p = byCode.get(p.parentCode)) ancestors.unshift(ref(p));
  return {
    code: a.code,
    name: a.name,
    level: a.level,
    membership: a.membership,
    parent: ref(byCode.get(a.parentCode)),
    ancestors,
    bbox: a.bbox,
    labelPoint: a.labelPoint,
    geometry: { type: 'MultiPolygon', coordinates: a.polygons },
  };
}

function answer(body) {
  const { query = '', variables = {} } = body ?? {};
  if (/\bareas\s*\(/.test(query)) {
    const nodes = all.filter((a) => !variables.level || a.level === variables.level).sort((x, y) => (x.code < y.code ? -1 : 1));
    return { data: { areas: { totalCount: nodes.length, edges: nodes.map((a) => ({ node: toGraphql(a) })) } } };
  }
  if (/\barea\s*\(/.test(query)) {
    const a = byCode.get(variables.code);
    return { data: { area: a ? toGraphql(a) : null } };
  }
  return { errors: [{ message: 'The mock server answers only the areas and area queries of the web page.' }] };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, type, payload) => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(payload);
  };
  if (url.pathname === '/graphql' && req.method === 'POST') {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, 'application/json', JSON.stringify({ errors: [{ message: 'Bad JSON' }] }));
      }
      send(200, 'application/json', JSON.stringify(answer(body)));
    });
    return;
  }
  if (url.pathname === '/dev/basemap-style.json') {
    // A stand-in basemap (BASEMAP_STYLE_URL=http://localhost:8092/dev/basemap-style.json): checks that the
    // area layers are added on top of a basemap style of its own sources and layers.
    const style = {
      version: 8,
      name: 'Mock basemap',
      sources: { frame: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[6.0, 52.44], [6.21, 52.59]] } } } },
      layers: [
        { id: 'land', type: 'background', paint: { 'background-color': '#f6f1e7' } },
        { id: 'frame', type: 'line', source: 'frame', paint: { 'line-color': '#7a7a7a', 'line-width': 3 } },
      ],
    };
    return send(200, 'application/json', JSON.stringify(style));
  }
  if (url.pathname === '/api/config') {
    return send(200, 'application/json', JSON.stringify({ basemapStyleUrl: process.env.BASEMAP_STYLE_URL || null, attribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2025' }));
  }
  const file = normalize(join(staticDir, url.pathname === '/' ? 'index.html' : url.pathname));
  if (file.startsWith(staticDir) && existsSync(file) && statSync(file).isFile()) {
    return send(200, types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  send(404, 'text/plain', 'Not found');
}).listen(port, '127.0.0.1', () => console.log(`mock backend on http://localhost:${port} (site from ${staticDir})`));
