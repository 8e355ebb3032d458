// Renders the benchmark's results (JSON, as api.sh and cluster.sh keep them under bench/results/)
// as the Markdown tables the runs print. Usage: node report.mjs api|cluster|environment file.json
import { readFileSync } from 'node:fs';

const [kind, file] = process.argv.slice(2);
const run = JSON.parse(readFileSync(file, 'utf8'));

const med = (runs, k) => { const v = runs.map((r) => r[k]).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : null; };
const spread = (runs, k) => { const v = runs.map((r) => r[k]); return v.length > 1 ? [Math.min(...v), Math.max(...v)] : null; };
const fmt = (n) => (n == null ? '–' : n >= 100 ? Math.round(n).toString() : n.toFixed(1));
const errors = (runs) => { const e = runs.reduce((n, r) => n + r.errors, 0); return e ? ` (${e} errors)` : ''; };
const rps = (runs) => { if (!runs.length) return 'n/a'; const s = spread(runs, 'rps'); return `${fmt(med(runs, 'rps'))}${s ? ` (${fmt(s[0])}–${fmt(s[1])})` : ''}${errors(runs)}`; };
const lat = (runs) => (runs.length ? `${med(runs, 'p50')} / ${med(runs, 'p99')}` : '–');
const bytes = (runs) => (runs.length && med(runs, 'bytes') ? String(med(runs, 'bytes')) : '–');
// W/PG per round (round i of Wijkatlas against round i of PostGraphile: they ran back to back).
const ratios = (w, p) => w.map((r, i) => (p[i] ? r.rps / p[i].rps : null)).filter((x) => x != null);

function environment(e) {
  return `Machine: ${e.machine.cores} cores, ${e.machine.cpu}; load average at the start ${e.machine.load}. Wijkatlas ${e.wijkatlas.commit}` +
    `${e.wijkatlas.version ? ` (${e.wijkatlas.version})` : ''} on ${e.wijkatlas.java}` +
    `${e.postgraphile ? `; PostGraphile ${e.postgraphile} on Node ${e.node}` : ''}; PostgreSQL ${e.postgresql}, PostGIS ${e.postgis}.`;
}

const out = [];
if (kind === 'environment') {
  console.log(environment(run));
  process.exit(0);
}
out.push(environment(run.environment), '');
if (kind === 'api') {
  for (const d of run.datasets) {
    out.push(`### ${d.label}: ${d.counts}; ${d.values} indicator values`, '');
    out.push(`${run.connections} connections, ${run.rounds} rounds × ${run.duration}s per server (A B A B …, after ${run.steady ? `${run.steady}s of the engine scenarios in turns and ` : ''}a ${run.warmup}s warm-up per scenario), servers on CPU ${run.serverCpus}, wrk on CPU ${run.loadCpus}, PostgreSQL unpinned. Throughput: the median of the rounds (lowest–highest in brackets); W/PG: the median of the per-round ratios (lowest–highest).`, '');
    out.push('| scenario | Wijkatlas req/s | p50 / p99 ms | PostGraphile req/s | p50 / p99 ms | W/PG | SQL floor tx/s | p50 / p99 ms | cost × floor | bytes W / PG |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of d.scenarios) {
      const wr = med(s.wijkatlas, 'rps');
      const r = ratios(s.wijkatlas, s.postgraphile).sort((a, b) => a - b);
      const ratio = r.length ? `${r[Math.floor(r.length / 2)].toFixed(2)}${r.length > 1 ? ` (${r[0].toFixed(2)}–${r[r.length - 1].toFixed(2)})` : ''}` : '–';
      const f = s.floor || {};
      const cost = f.rps ? (f.rps / wr).toFixed(2) : s.coldRps ? `304 is ${(wr / s.coldRps).toFixed(1)}× cheaper than cold` : '–';
      out.push(`| ${s.name} | ${rps(s.wijkatlas)} | ${lat(s.wijkatlas)} | ${rps(s.postgraphile)} | ${lat(s.postgraphile)} | ${ratio} | ${f.rps ? fmt(f.rps) : '–'} | ${f.rps ? `${f.p50} / ${f.p99}` : '–'} | ${cost} | ${bytes(s.wijkatlas)} / ${bytes(s.postgraphile)} |`);
    }
    out.push('');
  }
  out.push("Latencies in ms (wrk, one thread). 304 rows compare with the cold tile above them. 'cost × floor' is the SQL floor's throughput divided by Wijkatlas's: 1.00 means the server adds nothing to the raw query. Bytes: per response as received, headers included (wrk sends no Accept-Encoding unless the row says gzip).");
} else {
  out.push('Check (bench/cluster-check.mjs):', '', ...run.check.split('\n').map((l) => `    ${l}`), '');
  out.push(`${run.connections} connections, ${run.rounds} rounds × ${run.duration}s per target (alternating, after a ${run.warmup}s warm-up). Both instances and nginx (1 worker) on CPU ${run.serverCpus}, the same CPU the single instance has; wrk on CPU ${run.loadCpus}, PostgreSQL unpinned.`, '');
  out.push('| scenario | one instance req/s | p50 / p99 ms | nginx + 2 instances req/s | p50 / p99 ms | nginx / one |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const s of run.scenarios) {
    out.push(`| ${s.name} | ${rps(s.direct)} | ${lat(s.direct)} | ${rps(s.nginx)} | ${lat(s.nginx)} | ${(med(s.nginx, 'rps') / med(s.direct, 'rps')).toFixed(2)} |`);
  }
}
console.log(out.join('\n'));
