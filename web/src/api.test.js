import { describe, expect, it, vi } from 'vitest';
import fixture from './fixtures/areas-wijk.json';
import { ApiError, AREAS_QUERY, DEFAULT_CONFIG, fetchAreas, fetchConfig, fetchGemeente, graphql } from './api.js';

const json = (body, status = 200) => ({ ok: status >= 200 && status < 300, status, json: async () => body });

describe('GraphQL client', () => {
  it('posts the query and variables as JSON', async () => {
    const fetchFn = vi.fn(async () => json(fixture));
    const result = await fetchAreas('WIJK', 'GM0193', { fetchFn });
    const [endpoint, init] = fetchFn.mock.calls[0];
    expect(endpoint).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(init.body)).toEqual({ query: AREAS_QUERY, variables: { level: 'WIJK', gemeente: 'GM0193' } });
    expect(result.totalCount).toBe(3);
    expect(result.areas.map((a) => a.code)).toEqual(['WK019330', 'WK019310', 'WK019331']);
  });

  it('asks for everything the map, list and details need, but no geometry (the map draws the vector tiles)', () => {
    for (const field of ['totalCount', 'membership { provisional note }', 'ancestors { code name level }', 'bbox', 'labelPoint { lon lat }', 'gemeente: $gemeente']) {
      expect(AREAS_QUERY).toContain(field);
    }
    expect(AREAS_QUERY).not.toContain('geometry');
  });

  it('reads the gemeente', async () => {
    const fetchFn = vi.fn(async () => json({ data: { area: { code: 'GM0193', name: 'Zwolle', level: 'GEMEENTE', bbox: [6, 52, 7, 53] } } }));
    expect((await fetchGemeente('GM0193', { fetchFn })).bbox).toEqual([6, 52, 7, 53]);
    expect(JSON.parse(fetchFn.mock.calls[0][1].body).variables).toEqual({ code: 'GM0193' });
  });

  it('gives null for a gemeente the API does not know, but fails on other errors', async () => {
    const notFound = { errors: [{ message: 'No area with code GM9999', extensions: { code: 'NOT_FOUND', classification: 'NOT_FOUND' } }], data: { area: null } };
    expect(await fetchGemeente('GM9999', { fetchFn: async () => json(notFound) })).toBeNull();
    const internal = { errors: [{ message: 'x', extensions: { classification: 'INTERNAL_ERROR' } }], data: null };
    await expect(fetchGemeente('GM0193', { fetchFn: async () => json(internal) })).rejects.toMatchObject({ codes: ['INTERNAL_ERROR'] });
  });

  it('gives a Dutch message when the server cannot be reached', async () => {
    const fetchFn = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(graphql('{ x }', {}, { fetchFn })).rejects.toThrow(/niet bereikbaar/);
    await expect(graphql('{ x }', {}, { fetchFn })).rejects.toBeInstanceOf(ApiError);
  });

  it('treats GraphQL errors and HTTP errors as failures', async () => {
    await expect(graphql('{ x }', {}, { fetchFn: async () => json({ errors: [{ message: 'boom' }] }) })).rejects.toMatchObject({
      name: 'ApiError',
      details: 'boom',
    });
    await expect(graphql('{ x }', {}, { fetchFn: async () => json({}, 500) })).rejects.toThrow(/fout/);
    await expect(
      graphql(
        '{ x }',
        {},
        {
          fetchFn: async () => ({
            ok: false,
            status: 503,
            json: async () => {
              throw new SyntaxError('html');
            },
          }),
        },
      ),
    ).rejects.toThrow(/niet bereikbaar/);
  });
});

describe('front-end config', () => {
  it('reads the basemap, attribution and where address search goes', async () => {
    const basemap = { tiles: 'https://example.org/{z}/{x}/{y}.png', attribution: '© Example' };
    const config = await fetchConfig({ fetchFn: async () => json({ basemap, attribution: 'A', locatieserverUrl: 'https://ls.example' }) });
    expect(config).toEqual({ basemap, attribution: 'A', locatieserverUrl: 'https://ls.example' });
    const bad = await fetchConfig({ fetchFn: async () => json({ basemap: { tiles: 'javascript:alert(1)' }, attribution: 'A' }) });
    expect(bad.basemap).toBeNull();
  });

  it('uses no basemap and the CBS attribution by default', async () => {
    expect(await fetchConfig({ fetchFn: async () => json({ basemap: null }) })).toEqual(DEFAULT_CONFIG);
    expect(await fetchConfig({ fetchFn: async () => json({}, 404) })).toEqual(DEFAULT_CONFIG);
    expect(
      await fetchConfig({
        fetchFn: async () => {
          throw new TypeError('offline');
        },
      }),
    ).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.attribution).toBe('Kadaster / Centraal Bureau voor de Statistiek, 2025');
  });
});
