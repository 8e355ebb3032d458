// GraphQL client libraries from npm, with their default settings, against a running Wijkatlas:
//   node qa/clients.mjs http://localhost:8080/graphql
// urql (@urql/core: queries over GET when the URL is short enough, its default) and Apollo Client
// (HttpLink + the automatic persisted queries link). Prints each check and exits non-zero when
// one fails.
import { createHash } from 'node:crypto';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
let failed = 0;

function check(name, condition, detail) {
  console.log(`${condition ? 'ok    ' : 'FAIL  '} ${name}`);
  if (!condition) {
    failed++;
    if (detail !== undefined) console.log(`       ${typeof detail === 'string' ? detail : JSON.stringify(detail).slice(0, 600)}`);
  }
}

/** A fetch that remembers what went over the wire. */
function recordingFetch(log) {
  return async (input, init = {}) => {
    const response = await fetch(input, init);
    const text = await response.clone().text();
    log.push({ url: String(input), method: (init.method ?? 'GET').toUpperCase(), body: init.body, status: response.status, text });
    return response;
  };
}

// --- urql with its defaults -------------------------------------------------------------------
{
  const log = [];
  const client = new Client({ url, exchanges: [fetchExchange], fetch: recordingFetch(log) });
  const area = await client
    .query(urqlGql`query Area($code: ID!) { area(code: $code) { code name parent { code } } }`, { code: 'WK019330' })
    .toPromise();
  check('urql: a query answers without error', !area.error, area.error?.message);
  check('urql: area(code: "WK019330") is Wijk 30 Holtenbroek', area.data?.area?.name === 'Wijk 30 Holtenbroek', area.data);
  check('urql: the query went over GET (its default)', log[0]?.method === 'GET' && log[0].url.includes('query='), log[0]);

  const partial = await client
    .query(urqlGql`query Partial { tooMany: areas(first: 5000) { totalCount } gemeenten: areas(level: GEMEENTE) { totalCount } }`, {})
    .toPromise();
  check('urql: areas(first: 5000) reports an error', partial.error?.graphQLErrors?.length === 1, partial.error?.message);
  check('urql: the field with the error is null in data', partial.data?.tooMany === null, partial.data);
  check('urql: the other field still answers', partial.data?.gemeenten?.totalCount === 2, partial.data);
  check('urql: the error says BAD_USER_INPUT', partial.error?.graphQLErrors?.[0]?.extensions?.code === 'BAD_USER_INPUT', partial.error?.graphQLErrors);

  const mutation = await fetch(`${url}?query=${encodeURIComponent('mutation { __typename }')}`, {
    headers: { accept: 'application/graphql-response+json, application/json' },
  });
  const body = await mutation.text();
  let parsed = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    // reported below
  }
  check('GET with a mutation: 405 with Allow: POST', mutation.status === 405 && mutation.headers.get('allow') === 'POST', `${mutation.status} ${mutation.headers.get('allow')}`);
  check('GET with a mutation: a GraphQL error body', Array.isArray(parsed?.errors) && parsed.errors[0].message.length > 0, body);
}

// --- Apollo Client with automatic persisted queries --------------------------------------------
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const run = `Run${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const document = gql(`query ${run} { area(code: "BU01933000") { code name } }`);

function apollo(log, options = {}) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new PersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: url, fetch: recordingFetch(log) })),
  });
}

{
  const log = [];
  const result = await apollo(log).query({ query: document, fetchPolicy: 'no-cache' });
  check('Apollo APQ: the query answers', result.data?.area?.name === 'Holtenbroek IV', result);
  const first = log[0] ? JSON.parse(log[0].body) : {};
  check('Apollo APQ: first request sends only the hash', !first.query && first.extensions?.persistedQuery?.sha256Hash?.length === 64, first);
  const firstAnswer = log[0] ? JSON.parse(log[0].text) : {};
  check('Apollo APQ: unknown hash → PERSISTED_QUERY_NOT_FOUND', firstAnswer.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND', log[0]);
  const second = log[1] ? JSON.parse(log[1].body) : {};
  check('Apollo APQ: then the full query with the hash registers it', log.length === 2 && typeof second.query === 'string' && second.extensions?.persistedQuery, log);
}
{
  const log = [];
  const result = await apollo(log).query({ query: document, fetchPolicy: 'no-cache' });
  check('Apollo APQ: a new client gets the registered query with the hash alone', log.length === 1 && !JSON.parse(log[0].body).query && result.data?.area?.code === 'BU01933000', log);
}
{
  const log = [];
  const result = await apollo(log, { useGETForHashedQueries: true }).query({ query: document, fetchPolicy: 'no-cache' });
  check('Apollo APQ over GET: one GET with the hash answers', log.length === 1 && log[0].method === 'GET' && result.data?.area?.code === 'BU01933000', log);
}

console.log(failed === 0 ? 'GraphQL clients: all checks passed' : `GraphQL clients: ${failed} checks failed`);
process.exit(failed === 0 ? 0 : 1);
