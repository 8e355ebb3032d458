// The write side's speed: times each kind of mutation (create and update of an opgave with a DIN
// tree, an initiative with a location, a story chapter) through GraphQL on a running, warmed-up app,
// one request after the other, and prints the median over several runs of the mean time per
// mutation (ms). It is how docs/architecture.md's persistence figures were measured.
//
//   node bench/writes.mjs --url http://localhost:8080 --token "$(./wijkatlas token --sub bench --role admin)" \
//     [--compare http://localhost:8082] [--n 100] [--runs 5] [--warmup 50]
//
// With --compare, a second app (another build, on its own database, trusting the same development
// key) is measured in the same runs, the two taking turns kind by kind, so that what else the
// machine does at the time weighs on both alike; the answer then also gives compare/url per kind.
// Run the apps with WIJKATLAS_RATE_LIMIT_ENABLED=false (the runs send more than the per-client
// limit). Every mutation writes real rows and change-log lines: use scratch databases.
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const url = args.url || 'http://localhost:8080';
const token = args.token || process.env.WIJKATLAS_TOKEN;
const n = Number(args.n || 100);
const runs = Number(args.runs || 5);
const warmup = Number(args.warmup || 50);
if (!token) throw new Error('--token (an administrator token: ./wijkatlas token --sub bench --role admin) is required');

const STORY = 'van-getallen-naar-vergezichten';

async function graphql(base, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const payload = body.data && Object.values(body.data)[0];
  if (response.status !== 200 || !payload || payload.errors.length) {
    throw new Error(`${response.status} ${JSON.stringify(body)}`);
  }
  return payload;
}

// Two doelen with two inspanningen each, every inspanning with a betrokkene and two middelen.
const opgave = (title) => ({
  title, theme: 'sociale cohesie', period: '2025-2026', areaCodes: ['WK019330'],
  doelen: [1, 2].map((d) => ({
    title: `${title}: doel ${d}`,
    inspanningen: [1, 2].map((i) => ({
      title: `inspanning ${d}.${i}`, betrokkenen: ['wijkmanagement'],
      middelen: [{ kind: 'MONEY', amount: 1000 * i }, { kind: 'CAPACITY', description: 'uren' }],
    })),
  })),
});
const initiative = (title) => ({
  title, description: 'Benchmark', status: 'planfase', amount: 500, startedOn: '2025-03',
  location: { type: 'Point', coordinates: [6.0889, 52.5218] },
});
const chapter = (title) => ({
  title, text: 'Tekst over **Holtenbroek**.', focusAreaCode: 'WK019330', layers: { initiatives: true },
  citations: [{ sourceId: 'wijkatlas-api-entry' }],
});

const OPGAVE_CREATE = 'mutation($input: OpgaveInput!) { createOpgave(input: $input) { opgave { id version } errors { code message } } }';
const OPGAVE_UPDATE = 'mutation($id: ID!, $version: Int!, $input: OpgaveInput!) { updateOpgave(id: $id, version: $version, input: $input) { opgave { id version } errors { code message } } }';
const INITIATIVE_CREATE = 'mutation($input: InitiativeInput!) { createInitiative(input: $input) { initiative { id version } errors { code message } } }';
const INITIATIVE_UPDATE = 'mutation($id: ID!, $version: Int!, $input: InitiativeInput!) { updateInitiative(id: $id, version: $version, input: $input) { initiative { id version } errors { code message } } }';
const CHAPTER_CREATE = 'mutation($story: ID!, $input: ChapterInput!) { createChapter(story: $story, input: $input) { chapter { order version } errors { code message } } }';
const CHAPTER_UPDATE = 'mutation($story: ID!, $order: Int!, $version: Int!, $input: ChapterInput!) { updateChapter(story: $story, order: $order, version: $version, input: $input) { chapter { order version } errors { code message } } }';

// Each kind: a set-up (one record to update) and one mutation, given its sequence number.
const kinds = {
  createOpgave: async (base) => (i) => graphql(base, OPGAVE_CREATE, { input: opgave(`Bench opgave ${i}`) }),
  updateOpgave: async (base) => {
    let { opgave: o } = await graphql(base, OPGAVE_CREATE, { input: opgave('Bench opgave to update') });
    // Alternately the same tree with another title, and one doel fewer: both shapes of edit.
    return async (i) => {
      const input = opgave(`Bench opgave update ${i}`);
      if (i % 2) input.doelen = input.doelen.slice(0, 1);
      ({ opgave: o } = await graphql(base, OPGAVE_UPDATE, { id: o.id, version: o.version, input }));
    };
  },
  createInitiative: async (base) => (i) => graphql(base, INITIATIVE_CREATE, { input: initiative(`Bench initiatief ${i}`) }),
  updateInitiative: async (base) => {
    let { initiative: x } = await graphql(base, INITIATIVE_CREATE, { input: initiative('Bench initiatief to update') });
    return async (i) => {
      ({ initiative: x } = await graphql(base, INITIATIVE_UPDATE, { id: x.id, version: x.version, input: initiative(`Bench initiatief update ${i}`) }));
    };
  },
  createChapter: async (base) => (i) => graphql(base, CHAPTER_CREATE, { story: STORY, input: chapter(`Bench hoofdstuk ${i}`) }),
  updateChapter: async (base) => {
    let { chapter: c } = await graphql(base, CHAPTER_CREATE, { story: STORY, input: chapter('Bench hoofdstuk to update') });
    return async (i) => {
      ({ chapter: c } = await graphql(base, CHAPTER_UPDATE, { story: STORY, order: c.order, version: c.version, input: chapter(`Bench hoofdstuk update ${i}`) }));
    };
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const targets = [url, ...(args.compare ? [args.compare] : [])];
const round = (x) => Number(x.toFixed(2));
const results = {};
for (const [name, setUp] of Object.entries(kinds)) {
  const mutate = {};
  for (const base of targets) {
    mutate[base] = await setUp(base);
    for (let i = 0; i < warmup; i++) await mutate[base](i);
  }
  const means = Object.fromEntries(targets.map((base) => [base, []]));
  for (let r = 0; r < runs; r++) {
    // Who goes first alternates, so neither is always the one after a pause.
    for (const base of (r % 2 ? [...targets].reverse() : targets)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await mutate[base](warmup + r * n + i);
      means[base].push(Number(process.hrtime.bigint() - start) / 1e6 / n);
    }
  }
  results[name] = Object.fromEntries(targets.map((base) => [base, { medianMs: round(median(means[base])), runsMs: means[base].map(round) }]));
  if (args.compare) results[name].ratio = round(results[name][args.compare].medianMs / results[name][url].medianMs);
  console.error(`${name}: ${targets.map((base) => `${base} ${results[name][base].medianMs} ms`).join(', ')}`
    + (args.compare ? ` (compare/url ${results[name].ratio})` : ''));
}
console.log(JSON.stringify({ n, runs, warmup, results }));
