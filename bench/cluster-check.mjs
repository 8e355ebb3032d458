// The coherence check of cluster.sh (./wijkatlas bench --cluster): two Wijkatlas instances behind the caching nginx.
//   node cluster-check.mjs PARAMS NGINX_BASE INSTANCE1_BASE INSTANCE2_BASE   (env WIJKATLAS_TOKEN)
// 1. Both instances give the same ETag for the same tile and download.
// 2. nginx caches the tile (MISS, then HIT with the same ETag) and answers a matching
//    If-None-Match itself with 304.
// 3. A real mutation, sent through nginx (so it lands on one instance), bumps the data version
//    (ChangeLog → data_version → V6's NOTIFY): both instances' ETags change together, to the same
//    value, and both answer a GraphQL query with the new data (no stale response cache).
// 4. nginx keeps the tile it cached for its max-age (as any HTTP cache may); after that it
//    revalidates with If-None-Match: the changed tile comes back new (EXPIRED), a tile cached after
//    the change comes back from a 304 of the app (REVALIDATED).
// Exits non-zero when a check fails.
import { readFileSync } from 'node:fs';

const [paramsFile, nginx, one, two] = process.argv.slice(2);
const p = JSON.parse(readFileSync(paramsFile, 'utf8'));
const token = process.env.WIJKATLAS_TOKEN;
const tile = (t) => `/tiles/buurten/${t.z}/${t.x}/${t.y}.mvt`;
const tileA = tile(p.tiles.find((t) => t.z === 12) || p.tiles[0]);
const tileB = tile(p.tiles.find((t) => t.z === 15) || p.tiles[p.tiles.length - 1]);
const download = `/data/indicators/${p.indicator}.csv?level=buurt&period=${p.period}`;
let failed = 0;
const ok = (cond, what) => { console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`); if (!cond) failed++; };
const get = async (base, path, headers = {}) => {
  const r = await fetch(base + path, { headers });
  await r.arrayBuffer();
  return { status: r.status, etag: r.headers.get('etag'), cache: r.headers.get('x-cache-status'), maxAge: Number((r.headers.get('cache-control') || '').match(/max-age=(\d+)/)?.[1] ?? 0) };
};
const gql = async (base, query, variables) => {
  const r = await fetch(base + '/graphql', {
    method: 'POST', body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return r.json();
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// 1
for (const path of [tileA, download]) {
  const [a, b] = [await get(one, path), await get(two, path)];
  ok(a.status === 200 && a.etag && a.etag === b.etag, `same ETag from both instances for ${path}: ${a.etag} / ${b.etag}`);
}
// 2
const t0 = Date.now();
const first = await get(nginx, tileA);
const second = await get(nginx, tileA);
ok(second.cache === 'HIT' && second.etag === first.etag, `nginx caches ${tileA}: ${first.cache} then ${second.cache}, ETag ${second.etag}`);
const cond = await get(nginx, tileA, { 'if-none-match': second.etag });
ok(cond.status === 304, `nginx answers If-None-Match itself: ${cond.status} (${cond.cache})`);
const before = (await get(one, tileA)).etag;

// 3: a real mutation: an update of an initiative with the values it has (a write like any other,
// recorded in the change log, which bumps data_version).
const read = await gql(nginx, `{ initiatives(first: 1) { edges { node { id version title description initiator { id } location { lon lat }
  areas { code } status fundingScheme { id } amount startedOn link source { id } note } } } }`);
const node = read.data?.initiatives?.edges?.[0]?.node;
let how, newVersion;
const versionQuery = (id) => `{ initiative(id: "${id}") { version } }`;
if (node && token) {
  const input = {
    title: node.title, description: node.description, initiatorOrganisationId: node.initiator?.id ?? null,
    location: node.location ? { type: 'Point', coordinates: [node.location.lon, node.location.lat] } : null,
    areaCodes: node.areas.map((a) => a.code), status: node.status, fundingSchemeId: node.fundingScheme?.id ?? null,
    amount: node.amount, startedOn: node.startedOn, link: node.link, sourceId: node.source?.id ?? null, note: node.note,
  };
  // Ask both instances first, so a GraphQL response cache would hold the old answer.
  for (const base of [one, two]) await gql(base, versionQuery(node.id));
  const res = await gql(nginx, `mutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) { initiative { version } errors { code message } } }`, { id: node.id, version: node.version, input });
  const payload = res.data?.updateInitiative;
  ok(payload && payload.errors.length === 0, `mutation updateInitiative(${node.id}) through nginx: ${JSON.stringify(res.errors || payload?.errors)}`);
  how = `updateInitiative(${node.id})`;
  newVersion = payload?.initiative?.version;
} else {
  ok(false, `no initiative to update or no token (WIJKATLAS_TOKEN): cannot make a real mutation`);
}
const changedAt = Date.now();
let a, b;
for (let i = 0; i < 100; i++) {
  [a, b] = [await get(one, tileA), await get(two, tileA)];
  if (a.etag !== before && b.etag !== before) break;
  await sleep(50);
}
ok(a.etag !== before && a.etag === b.etag, `after ${how}: both instances changed ${before} → ${a.etag} / ${b.etag} within ${Date.now() - changedAt} ms`);
const fresh = a.etag;
if (newVersion != null) {
  let seen;
  for (let i = 0; i < 100; i++) {
    seen = await Promise.all([one, two].map(async (base) => (await gql(base, versionQuery(node.id))).data?.initiative?.version));
    if (seen.every((v) => v === newVersion)) break;
    await sleep(50);
  }
  ok(seen.every((v) => v === newVersion), `both instances answer the GraphQL query with the mutated initiative's new version ${newVersion}: ${seen.join(' / ')}`);
}
const cached = await get(nginx, tileA);
console.log(`info nginx still serves its cached ${cached.etag} (${cached.cache}) until max-age=${cached.maxAge}s has passed, as any HTTP cache may`);
const bFirst = await get(nginx, tileB);
const t1 = Date.now();

// 4
const wait = Math.max(t0, t1) + (Math.max(first.maxAge, bFirst.maxAge) + 1) * 1000 - Date.now();
console.log(`info waiting ${Math.round(wait / 1000)} s for nginx's copies to go stale`);
await sleep(wait);
const aAfter = await get(nginx, tileA);
ok(aAfter.etag === fresh && aAfter.cache === 'EXPIRED', `stale ${tileA} refetched by nginx: ${aAfter.cache}, ETag ${aAfter.etag}`);
const bAfter = await get(nginx, tileB);
ok(bAfter.etag === bFirst.etag && bAfter.cache === 'REVALIDATED', `stale ${tileB} revalidated by nginx with If-None-Match (the app said 304): ${bAfter.cache}, ETag ${bAfter.etag}`);
process.exit(failed ? 1 : 0);
