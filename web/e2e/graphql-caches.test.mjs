// Normalising GraphQL caches with their defaults against the running app: urql Graphcache and
// Apollo Client's InMemoryCache key every record type by __typename and id (Area by its code,
// Story by its slug, Indicator by its code, ...) without a warning, and a cache redirect from
// area(code:) to Area:<code> answers from the cache, which works only because the id is the code.
// Only the embedded value types (LonLat, Membership, IndicatorValue, ...: no identity of their
// own, see SchemaDocumentationIntegrationTest.EMBEDDED_VALUE_TYPES) and the connection types are
// declared as such, as both libraries ask.
//   WIJKATLAS_BASE_URL=http://localhost:8091 node --test e2e/graphql-caches.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { BASE_URL, SUITE_TIMEOUT } from './helpers.mjs';

const EMBEDDED = [
  'LonLat',
  'Membership',
  'RealisedToDate',
  'Forecast',
  'CreditTableTotal',
  'BudgetYear',
  'IndicatorCoverage',
  'Derivation',
  'IndicatorSeries',
  'IndicatorValue',
  'Peers',
  'Doel',
  'Inspanning',
  'Middel',
  'ChapterView',
  'ChapterLayers',
  'Citation',
  'UserError',
  'Download',
];
const CONNECTIONS = ['Area', 'Story', 'Indicator', 'Opgave', 'Credit', 'BudgetGoal', 'Initiative', 'Organisation', 'Change'].flatMap((t) => [`${t}Connection`, `${t}Edge`]).concat('PageInfo');

const SOURCE = 'id kind title publisher year';
const AREA = `id code name level boundaryYear centroid { lon lat } membership { provisional note source { ${SOURCE} } } source { ${SOURCE} }`;
const QUERIES = [
  `{ areas(level: WIJK, gemeente: "GM0193", first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${AREA} parent { ${AREA} } children { id code name } } } } }`,
  `{ area(code: "WK019330") { ${AREA} ancestors { id code } labelPoint { lon lat }
       opgaven(within: true) { id title period version areas { id code } source { ${SOURCE} } doelen { title inspanningen { title betrokkenen { id name kind } middelen { kind amount description credit { id name } } } } }
       initiatives(within: true) { id title status version areas { id code } initiator { id name } fundingScheme { id name maxAmount } location { lon lat } source { ${SOURCE} } }
       organisations(within: true) { id name kind areas { id code } serviceAreas { id code } source { ${SOURCE} } }
       credits(within: true) { id name kind amount remaining realisedToDate { year amount } forecasts { year period amount } budgetGoal { id code title } areas { id code } source { ${SOURCE} } }
       indicatorSeries(codes: ["AantalInwoners_5"]) { indicator { id code label } values { period value status source { ${SOURCE} } derivation { method inputCount } } } } }`,
  `{ story(slug: "van-getallen-naar-vergezichten") { id slug title version sources { ${SOURCE} }
       chapters { id order title version view { zoom center { lon lat } focusArea { id code name } } layers { indicatorCode period level latestPeriod }
         citations { locator source { ${SOURCE} } } } } }`,
  `{ indicator(code: "aantalInwoners") { id code label unit periods coverage(gemeente: "GM0193") { level period areas areasWithFigure } source { ${SOURCE} } } }`,
  `{ budgetGoal(code: "7.1.1") { id code title years { year kind expenses income } credits { id name amount parts { id name } partOf { id } }
       statedTotals { label scope amount credits { id } } source { ${SOURCE} } } }`,
  `{ initiativeSchemes { id name maxAmount maxAmountStatus source { ${SOURCE} } } changes(first: 5) { totalCount edges { node { id changedAt action entityType entityId } } } }`,
  // The same area again with other fields: merged into the one normalised record.
  `{ area(code: "WK019330") { id code name areaKm2 bbox membership { provisional } parent { id code name } } }`,
];

/** Runs `run` while recording console.warn and console.error. */
async function capturingWarnings(run) {
  const warnings = [];
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  console.error = (...args) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, original);
  }
  return warnings;
}

describe('Normalising GraphQL caches', { timeout: SUITE_TIMEOUT }, () => {
  test('urql Graphcache keys every record type by its id, without a warning', async () => {
    assert.ok(BASE_URL, 'WIJKATLAS_BASE_URL is not set');
    let requests = 0;
    const countingFetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const client = new Client({
      url: `${BASE_URL}/graphql`,
      fetch: countingFetch,
      exchanges: [
        cacheExchange({
          keys: Object.fromEntries([...EMBEDDED, ...CONNECTIONS].map((type) => [type, () => null])),
          // A cache redirect: area(code:) is Area:<code>, because Area.id is the code.
          resolvers: { Query: { area: (_parent, args) => ({ __typename: 'Area', id: args.code }) } },
        }),
        fetchExchange,
      ],
    });
    const warnings = await capturingWarnings(async () => {
      for (const query of QUERIES) {
        const result = await client.query(urqlGql(query), {}, { requestPolicy: 'network-only' }).toPromise();
        assert.equal(result.error, undefined, `${query.slice(0, 80)}: ${result.error?.message}`);
      }
      const before = requests;
      const cached = await client.query(urqlGql`{ area(code: "WK019311") { id code name } }`, {}, { requestPolicy: 'cache-only' }).toPromise();
      assert.equal(requests, before, 'answered without a request');
      assert.equal(cached.data?.area?.code, 'WK019311', 'a wijk fetched in the list is found by its code');
      assert.ok(cached.data.area.name);
    });
    assert.deepEqual(warnings, [], `Graphcache warned:\n${warnings.join('\n')}`);
  });

  test('Apollo InMemoryCache normalises every record type as <Type>:<id>, without a warning', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${BASE_URL}/graphql` }),
      cache: new InMemoryCache({
        typePolicies: {
          ...Object.fromEntries(EMBEDDED.map((type) => [type, { merge: true }])),
          Query: { fields: { area: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Area', id: args.code }) } } },
        },
      }),
    });
    const warnings = await capturingWarnings(async () => {
      for (const query of QUERIES) {
        const result = await client.query({ query: gql(query), fetchPolicy: 'network-only' });
        assert.equal(result.error, undefined, `${query.slice(0, 80)}: ${result.error?.message}`);
      }
    });
    assert.deepEqual(warnings, [], `Apollo warned:\n${warnings.join('\n')}`);

    const keys = Object.keys(client.cache.extract());
    for (const key of ['Area:WK019330', 'Area:GM0193', 'Story:van-getallen-naar-vergezichten', 'Chapter:van-getallen-naar-vergezichten#1', 'Indicator:AantalInwoners_5', 'BudgetGoal:7.1.1']) {
      assert.ok(keys.includes(key), `${key} is in the cache (keys: ${keys.slice(0, 40).join(', ')} ...)`);
    }
    for (const type of ['Credit', 'Opgave', 'Initiative', 'Organisation', 'Source', 'InitiativeScheme']) {
      assert.ok(
        keys.some((key) => key.startsWith(`${type}:`)),
        `a ${type} is normalised`,
      );
    }
    const cached = client.readQuery({
      query: gql`
        {
          area(code: "WK019311") {
            id
            code
            name
          }
        }
      `,
    });
    assert.equal(cached?.area?.code, 'WK019311', 'a wijk fetched in the list is found by its code');
  });
});
