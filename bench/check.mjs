// Checks that Wijkatlas and PostGraphile return the same content for each scenario, and that a
// tile equals the raw ST_AsMVT of the floor SQL (by length). Exits non-zero on any difference.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { scenarios } from './scenarios.mjs';

const [paramsFile, wijkatlas, postgraphile, databaseUrl] = process.argv.slice(2);
const params = JSON.parse(readFileSync(paramsFile, 'utf8'));

async function call(base, r) {
  const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
  if (!res.ok) throw new Error(`${base}${r.path}: HTTP ${res.status} ${await res.text()}`);
  const type = res.headers.get('content-type') || '';
  if (type.includes('json')) {
    const json = await res.json();
    if (json.errors) throw new Error(`${base}: ${JSON.stringify(json.errors)}`);
    return json.data;
  }
  return Buffer.from(await res.arrayBuffer());
}

const round = (v) => (v == null ? null : Number(Number(v).toPrecision(10)));
const pairs = (rows) => rows.map((r) => r.join('|')).sort();
function flatten(node, out = []) {
  if (!node) return out;
  out.push(`${node.code}|${node.name}`);
  for (const c of node.children || node.areasByParentCode?.nodes || []) flatten(c, out);
  return out;
}
const normalise = {
  a: (w, p) => [flatten(w.area).sort(), flatten(p.areaByCode).sort()],
  b: (w, p) => [pairs(w.indicator.values.filter((v) => v.status !== 'MISSING').map((v) => [v.area.code, round(v.value), v.status])),
    pairs(p.allIndicatorValues.nodes.filter((v) => v.status !== 'MISSING' && v.areaCode.startsWith('BU')).map((v) => [v.areaCode, round(v.value), v.status]))],
  c: (w, p) => {
    const a = w.area, b = p.areaByCode;
    return [[a.code, a.name, pairs(a.children.map((c) => [c.code, c.name])), pairs(a.indicatorValues.map((v) => [v.indicator.code, round(v.value), v.status])),
      pairs(a.opgaven.map((o) => [o.id, o.title])), pairs(a.initiatives.map((o) => [o.id, o.title])), pairs(a.credits.map((o) => [o.id, o.name]))],
    [b.code, b.name, pairs(b.areasByParentCode.nodes.map((c) => [c.code, c.name])), pairs(b.indicatorValuesByAreaCode.nodes.map((v) => [v.indicatorCode, round(v.value), v.status])),
      pairs(b.opgaveAreasByAreaCode.nodes.map((o) => [o.opgaveByOpgaveId.id, o.opgaveByOpgaveId.title])),
      pairs(b.initiativeAreasByAreaCode.nodes.map((o) => [o.initiativeByInitiativeId.id, o.initiativeByInitiativeId.title])),
      pairs(b.creditAreasByAreaCode.nodes.map((o) => [o.creditByCreditId.id, o.creditByCreditId.name]))]];
  },
  d: (w, p) => [[w.areaAt?.code, w.areaAt?.name], [p.areaAt?.code, p.areaAt?.name]],
  e: (w, p) => {
    const parse = (geo) => (typeof geo === 'string' ? JSON.parse(geo) : geo);
    const g = parse(p.areaByCode.areaBoundariesByAreaCode.nodes[0].geomWgs84.geojson);
    w.area.geometry = parse(w.area.geometry);
    // Wijkatlas winds rings as RFC 7946 wants (ST_ForcePolygonCCW), PostGraphile as stored:
    // compare the rings' points as sets.
    const coords = (geo) => JSON.stringify(geo.coordinates).match(/-?[0-9.]+(e-?[0-9]+)?/g).map((n) => Number(n).toFixed(6));
    const points = (geo) => { const c = coords(geo), out = []; for (let i = 0; i < c.length; i += 2) out.push(c[i] + ' ' + c[i + 1]); return [...new Set(out)].sort(); };
    return [[w.area.geometry.type.replace('MultiPolygon', 'M').replace('Polygon', 'M'), points(w.area.geometry).join(',')],
      [g.type.replace('MultiPolygon', 'M').replace('Polygon', 'M'), points(g).join(',')]];
  },
};

let failed = 0;
for (const s of scenarios(params)) {
  try {
    if (s.postgraphile) {
      for (let i = 0; i < s.wijkatlas.length; i++) {
        const [w, p] = normalise[s.checkAs || s.id.replace(/-nc$/, '')](await call(wijkatlas, s.wijkatlas[i]), await call(postgraphile, s.postgraphile[i]));
        if (JSON.stringify(w) !== JSON.stringify(p)) { const a = JSON.stringify(w), b = JSON.stringify(p); let at = 0; while (a[at] === b[at]) at++; at = Math.max(0, at - 100);
          throw new Error(`request ${i} differs (from character ${at}):\n  wijkatlas:    ${a.slice(at, at + 400)}\n  postgraphile: ${b.slice(at, at + 400)}`); }
        if (s.id.startsWith('d') && !w[0]) throw new Error(`point ${i} found no buurt`);
      }
      console.log(`  same content: ${s.name} (${s.wijkatlas.length} request${s.wijkatlas.length > 1 ? 's' : ''})`);
    } else if (s.sql) {
      const body = await call(wijkatlas, s.wijkatlas[0]);
      const raw = execFileSync('psql', ['-X', '-qAt', databaseUrl, '-c', `select length(st_asmvt) from (${s.sql.replace(/;\s*$/, '')}) q`]).toString().trim();
      // ST_AsMVT keeps the order rows arrive in, which may differ between runs of a large tile;
      // the order changes the varint sizes of the key/value indexes, so allow 2 %
      if (Math.abs(body.length - Number(raw)) > 0.02 * Number(raw)) throw new Error(`tile is ${body.length} bytes, raw ST_AsMVT ${raw}`);
      console.log(`  same content: ${s.name} (${body.length} bytes; raw ST_AsMVT ${raw})`);
    }
  } catch (e) {
    failed++;
    console.log(`  DIFFERENT: ${s.name}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
