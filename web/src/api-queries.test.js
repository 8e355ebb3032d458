// Every document the front end sends is valid against the server's schema (the .graphqls files the
// backend serves), so a renamed or removed field fails here, not on a resident's screen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import * as queries from './api-queries.js';

const dir = join(import.meta.dirname, '../../backend/src/main/resources/graphql');
const sdl = readdirSync(dir)
  .filter((f) => f.endsWith('.graphqls'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
// The Connection, Edge and PageInfo types Spring for GraphQL adds to the schema at start-up
// (ConnectionTypeDefinitionConfigurer), for every XConnection the files use but do not define.
const connections = [...new Set([...sdl.matchAll(/\b(\w+)Connection\b/g)].map((m) => m[1]))].filter((name) => !new RegExp(`^type ${name}Connection\\b`, 'm').test(sdl));
const schema = buildSchema(
  [
    sdl,
    'type PageInfo { hasPreviousPage: Boolean! hasNextPage: Boolean! startCursor: String endCursor: String }',
    ...connections.map((name) => `type ${name}Connection { edges: [${name}Edge]! pageInfo: PageInfo! }\ntype ${name}Edge { node: ${name}! cursor: String! }`),
  ].join('\n'),
);

const documents = Object.entries(queries).filter(([, value]) => typeof value === 'string' && /^\s*(query|mutation)\b/.test(value));

describe('the documents of the views', () => {
  test('there are documents to check', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['PROFILE_QUERY', 'VALUES_QUERY', 'INDICATORS_QUERY', 'SERIES_QUERY', 'STORY_QUERY']));
  });
  for (const [name, document] of documents) {
    test(`${name} is valid against the server's schema`, () => {
      expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    });
  }
  test('a document with an unknown field is refused (the check can fail)', () => {
    const broken = queries.PROFILE_QUERY.replace('bbox', 'bboxx');
    expect(validate(schema, parse(broken)).map((e) => e.message)).toEqual([expect.stringMatching(/bboxx/)]);
  });
});
