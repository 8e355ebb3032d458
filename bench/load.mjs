// One load run: wrk (one thread, fixed connections, keep-alive) against one server for one
// scenario, cycling through the scenario's requests. Prints {rps, p50, p99, errors} (ms) as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarios, clusterScenarios } from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [paramsFile, server, base, id, connections, duration] = process.argv.slice(2);
const params = JSON.parse(readFileSync(paramsFile, 'utf8'));
// id: one scenario, or several joined by commas (the steady-state warm-up), whose requests
// are interleaved so that each scenario gets the same share however many requests it has.
const all = [...scenarios(params), ...clusterScenarios(params)];
const lists = id.split(',').map((one) => all.find((x) => x.id === one)[server]);
const longest = Math.max(...lists.map((l) => l.length));
let requests = lists.length === 1 ? lists[0]
  : Array.from({ length: longest }, (_, i) => lists.map((l) => l[i % l.length])).flat();
if (requests.some((r) => r.etagOf)) {
  requests = await Promise.all(requests.map(async (r) => {
    // The ETag of the representation wrk will ask for: the server gives each content encoding its
    // own ETag, and fetch() would ask for gzip where wrk sends no Accept-Encoding (then no 304).
    const encoding = r.headers?.['accept-encoding'] ?? 'identity';
    const etag = (await fetch(base + r.path, { headers: { 'accept-encoding': encoding } })).headers.get('etag');
    return { method: r.method, path: r.path, headers: { ...r.headers, 'if-none-match': etag } };
  }));
}
const lua = (v) => JSON.stringify(v ?? '');
const table = requests.map((r) => `{ method = ${lua(r.method)}, path = ${lua(r.path)}, body = ${r.body ? lua(r.body) : 'nil'}, headers = { ${
  Object.entries(r.headers || {}).map(([k, v]) => `[${lua(k)}] = ${lua(v)}`).join(', ')} } }`);
const file = join(here, '.work', `requests-${server}-${id.replaceAll(',', '+')}-${new URL(base).port}.lua`);
writeFileSync(file, `return {\n${table.join(',\n')}\n}\n`);
const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', join(here, 'wrk.lua'), base], {
  env: { ...process.env, BENCH_REQUESTS: file },
}).toString();
const line = out.split('\n').find((l) => l.startsWith('{'));
if (!line) throw new Error(out);
console.log(line);
