// Load and soak run against a running Wijkatlas on loopback: mixed read traffic (map, area
// profile, indicator choropleth, story, vector tiles, downloads, point lookups) plus an
// occasional write, for a fixed time at a fixed concurrency. It stops by itself (time and
// request count are both bounded) and reports requests, errors, 5xx, latency percentiles,
// and the JVM heap and connection pool at start and end (from GET /actuator/runtime on the
// management port, which listens on loopback only: by default the app's port + 1000).
// Run the app with WIJKATLAS_RATE_LIMIT_ENABLED=false: all requests come from one address, and
// the per-client limits would otherwise answer part of them with 429 (counted below).
//
//   node qa/load.mjs [--url http://localhost:8080] [--seconds 60] [--concurrency 8]
//                    [--max-requests 200000] [--write-every 200]
//                    [--management-url http://127.0.0.1:9080]
//                    [--restart-at SECONDS --restart-command 'SHELL COMMAND']
// With --restart-at the command (for example './wijkatlas db stop && sleep 5 && ./wijkatlas db
// start': a database restart) runs that many seconds into the run; the report then counts the 5xx
// outside the restart window (from the command's start until 10 s after it returned) separately,
// and lists every 10-second window that had errors.
// Writes (createInitiative) need WIJKATLAS_TOKEN, an admin or wijkmanager token for
// SD0193_NOORD (./wijkatlas load mints one); without it the run is read-only.
import { exec } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = (args.url ?? process.env.WIJKATLAS_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const seconds = Number(args.seconds ?? 60);
const concurrency = Number(args.concurrency ?? 8);
const maxRequests = Number(args['max-requests'] ?? 200000);
const writeEvery = Number(args['write-every'] ?? 200);
const restartAt = args['restart-at'] === undefined ? null : Number(args['restart-at']);
const restartCommand = args['restart-command'] ?? null;
if ((restartAt === null) !== (restartCommand === null) || (restartAt !== null && !(restartAt > 0 && restartAt < Number(args.seconds ?? 60)))) {
  console.error('--restart-at SECONDS (within the run) and --restart-command go together');
  process.exit(2);
}
const token = process.env.WIJKATLAS_TOKEN ?? '';
// The management server: MANAGEMENT_SERVER_PORT, else the public port + 1000 (as the app derives it).
const management = (
  args['management-url'] ??
  process.env.WIJKATLAS_MANAGEMENT_URL ??
  (() => {
    const url = new URL(base);
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return `http://127.0.0.1:${process.env.MANAGEMENT_SERVER_PORT ?? port + 1000}`;
  })()
).replace(/\/$/, '');
if (!(seconds > 0 && seconds <= 3600 && concurrency > 0 && concurrency <= 256)) {
  console.error('seconds must be 1..3600 and concurrency 1..256');
  process.exit(2);
}

const BUURTEN = ['BU01933000', 'BU01931000', 'BU01931010', 'BU01931100', 'BU01931200'];
const WIJKEN = ['WK019330', 'WK019311', 'WK019310', 'WK019312', 'WK019350'];

function pick(list) {
  return list[Math.floor(Math.random() * list.length)];
}

function tileFor(lon, lat, z) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x, y };
}

function graphql(query, variables = {}, auth = false) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
  if (auth) headers.authorization = `Bearer ${token}`;
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query, variables }) };
}

// The mix: [weight, name, request factory].
const MIX = [
  [20, 'map', () => graphql('query($level: AreaLevel) { areas(level: $level, first: 100) { totalCount edges { node { code name geometry(simplify: 25) } } } }', { level: pick(['WIJK', 'BUURT', 'STADSDEEL']) })],
  [20, 'profile', () => graphql('query($code: ID!) { area(code: $code) { code name level parent { code name } children { code name } ancestors { code } opgaven { title } initiatives { title } credits { name amount } } }', { code: pick([...WIJKEN, ...BUURTEN]) })],
  [10, 'choropleth', () => graphql('query { indicator(code: "AantalInwoners_5") { code label values(period: "2025", level: WIJK) { area { code } value status cityAverage } } }')],
  [10, 'story', () => graphql('{ story(slug: "van-getallen-naar-vergezichten") { title chapters { order title text view { focusArea { code } } } } }')],
  [20, 'tile', () => {
    const z = pick([10, 11, 12, 13]);
    const { x, y } = tileFor(6.09 + (Math.random() - 0.5) * 0.08, 52.51 + (Math.random() - 0.5) * 0.05, z);
    return { method: 'GET', path: `/tiles/${pick(['buurten', 'wijken'])}/${z}/${x}/${y}.mvt`, headers: {} };
  }],
  [10, 'lookup', () => graphql('query($lon: Float!, $lat: Float!) { areaAt(lon: $lon, lat: $lat) { code name parent { code } } }', { lon: 6.05 + Math.random() * 0.1, lat: 52.47 + Math.random() * 0.08 })],
  [5, 'download', () => ({ method: 'GET', path: `/data/areas/${pick(['wijk', 'stadsdeel'])}.geojson`, headers: {} })],
  [5, 'ogc', () => ({ method: 'GET', path: '/ogc/collections/buurten/items?limit=20', headers: { accept: 'application/geo+json' } })],
];
const totalWeight = MIX.reduce((sum, [w]) => sum + w, 0);

function nextRequest(count) {
  if (token && writeEvery > 0 && count % writeEvery === writeEvery - 1) {
    return ['write', graphql('mutation($input: InitiativeInput!) { createInitiative(input: $input) { initiative { id } errors { code message } } }', {
      input: { title: `Loadtest ${new Date().toISOString()}`, description: 'qa/load.mjs', note: 'load test', location: { type: 'Point', coordinates: [6.0889, 52.5218] } },
    }, true)];
  }
  let r = Math.random() * totalWeight;
  for (const [weight, name, make] of MIX) {
    if ((r -= weight) < 0) return [name, make()];
  }
  return [MIX[0][1], MIX[0][2]()];
}

async function runtime() {
  try {
    const response = await fetch(`${management}/actuator/runtime`);
    return response.ok ? await response.json() : { unavailable: response.status };
  } catch (error) {
    return { unavailable: String(error) };
  }
}

const stats = new Map();
const latencies = [];
let sent = 0;
let fivexx = 0;
let failures = 0;
let graphqlErrors = 0;
const statuses = {};
// Per 10-second window of the run: requests, 5xx and transport failures, with when each 5xx came.
const windows = new Map();
const fivexxTimes = [];
const failureTimes = [];
let runStart = 0;
const restart = { started: null, ended: null, exitCode: null };

async function worker(deadline) {
  while (performance.now() < deadline && sent < maxRequests) {
    const [name, request] = nextRequest(sent++);
    const started = performance.now();
    let status = 0;
    try {
      const response = await fetch(base + request.path, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(30000) });
      status = response.status;
      const text = await response.text();
      if (request.path === '/graphql' && status === 200) {
        const body = JSON.parse(text);
        const payloadErrors = name === 'write' ? body.data?.createInitiative?.errors?.length : 0;
        if (body.errors?.length || payloadErrors) {
          graphqlErrors++;
          if (graphqlErrors <= 5) console.error(`graphql error on ${name}: ${text.slice(0, 300)}`);
        }
      }
    } catch (error) {
      failures++;
      failureTimes.push((started - runStart) / 1000);
      if (failures <= 5) console.error(`${name} failed: ${error}`);
    }
    const elapsed = performance.now() - started;
    latencies.push(elapsed);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500) {
      fivexx++;
      fivexxTimes.push((started - runStart) / 1000);
    }
    const window = Math.floor((started - runStart) / 10000);
    const w = windows.get(window) ?? { requests: 0, fivexx: 0, failures: 0 };
    w.requests++;
    if (status >= 500) w.fivexx++;
    if (status === 0) w.failures++;
    windows.set(window, w);
    const entry = stats.get(name) ?? { count: 0, latencies: [] };
    entry.count++;
    entry.latencies.push(elapsed);
    stats.set(name, entry);
  }
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const before = await runtime();
console.log(`load: ${base}, ${seconds} s, concurrency ${concurrency}, at most ${maxRequests} requests, writes ${token ? `every ${writeEvery}th request` : 'off (no WIJKATLAS_TOKEN)'}`);
const start = performance.now();
runStart = start;
if (restartAt !== null) {
  setTimeout(() => {
    restart.started = (performance.now() - start) / 1000;
    console.log(`load: ${restart.started.toFixed(1)} s: running the restart command`);
    exec(restartCommand, (error) => {
      restart.ended = (performance.now() - start) / 1000;
      restart.exitCode = error ? (error.code ?? 1) : 0;
      console.log(`load: ${restart.ended.toFixed(1)} s: the restart command returned ${restart.exitCode}`);
    });
  }, restartAt * 1000);
}
await Promise.all(Array.from({ length: concurrency }, () => worker(start + seconds * 1000)));
const wall = (performance.now() - start) / 1000;
const after = await runtime();

const ms = (v) => `${v.toFixed(1)} ms`;
/** How many of the times (seconds into the run) fall outside the restart window (all of them without a restart). */
function outsideRestart(times) {
  if (restart.started === null) return times.length;
  return times.filter((t) => t < restart.started || t > (restart.ended ?? Infinity) + 10).length;
}
console.log('\nper kind               count      p50      p99');
for (const [name, entry] of [...stats.entries()].sort()) {
  console.log(`  ${name.padEnd(18)} ${String(entry.count).padStart(7)} ${ms(percentile(entry.latencies, 50)).padStart(9)} ${ms(percentile(entry.latencies, 99)).padStart(9)}`);
}
const summary = {
  requests: latencies.length,
  seconds: Number(wall.toFixed(1)),
  requestsPerSecond: Number((latencies.length / wall).toFixed(1)),
  statuses,
  errors5xx: fivexx,
  transportFailures: failures,
  graphqlErrors,
  errors5xxOutsideRestartWindow: outsideRestart(fivexxTimes),
  transportFailuresOutsideRestartWindow: outsideRestart(failureTimes),
  restart: restart.started === null ? null : { startedAtSeconds: Number(restart.started.toFixed(1)), endedAtSeconds: restart.ended === null ? null : Number(restart.ended.toFixed(1)), exitCode: restart.exitCode },
  p50ms: Number(percentile(latencies, 50).toFixed(1)),
  p99ms: Number(percentile(latencies, 99).toFixed(1)),
  // A loop, not Math.max(...latencies): a soak run has more values than the call stack takes.
  maxMs: Number(latencies.reduce((max, v) => (v > max ? v : max), 0).toFixed(1)),
  runtimeStart: before,
  runtimeEnd: after,
};
console.log('\n' + JSON.stringify(summary, null, 2));
const troubled = [...windows.entries()].filter(([, w]) => w.fivexx || w.failures).sort(([a], [b]) => a - b);
if (troubled.length) {
  console.log('\n10-second windows with errors (from the start of the run):');
  for (const [window, w] of troubled) console.log(`  ${window * 10}–${window * 10 + 10} s: ${w.requests} requests, ${w.fivexx} 5xx, ${w.failures} transport failures`);
}
if (statuses[429]) console.error(`${statuses[429]} requests got 429: the app's per-client rate limits answered them; start it with WIJKATLAS_RATE_LIMIT_ENABLED=false to measure the server`);
// The run passes when nothing failed (outside the restart window, when there is one).
process.exit(summary.errors5xxOutsideRestartWindow === 0 && summary.transportFailuresOutsideRestartWindow === 0 ? 0 : 1);
