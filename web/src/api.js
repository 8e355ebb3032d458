// The GraphQL API (POST /graphql) and the front-end config (GET /api/config).

export const AREAS_QUERY = `query Areas($level: AreaLevel!, $gemeente: ID) {
  areas(level: $level, gemeente: $gemeente, first: 1000) {
    totalCount
    edges {
      node {
        code
        name
        level
        membership { provisional note }
        parent { code name level }
        ancestors { code name level }
        bbox
        labelPoint { lon lat }
      }
    }
  }
}`;

export const GEMEENTE_QUERY = `query Gemeente($code: ID!) {
  area(code: $code) { code name level bbox }
}`;

export const DEFAULT_CONFIG = Object.freeze({
  basemap: null,
  attribution: 'Kadaster / Centraal Bureau voor de Statistiek, 2025',
  locatieserverUrl: null,
});

/** A failure to get data from the API, with a Dutch message for the visitor. */
export class ApiError extends Error {
  constructor(message, { cause, details, codes = [] } = {}) {
    super(message, { cause });
    /** True when the server could not be reached at all. */
    this.unreachable = message === UNREACHABLE;
    this.name = 'ApiError';
    this.details = details;
    /** The GraphQL error codes (extensions.code or classification), e.g. NOT_FOUND. */
    this.codes = codes;
  }
}

const UNREACHABLE = 'De gegevens konden niet worden opgehaald: de server is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.';
const FAILED = 'De gegevens konden niet worden opgehaald: de server gaf een fout. Probeer het later opnieuw.';

/** Runs a GraphQL query and returns its `data`; throws an ApiError on network, HTTP or GraphQL errors. */
export async function graphql(query, variables = {}, { fetchFn = globalThis.fetch, endpoint = '/graphql' } = {}) {
  let response;
  try {
    response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (cause) {
    throw new ApiError(UNREACHABLE, { cause });
  }
  let body;
  try {
    body = await response.json();
  } catch (cause) {
    throw new ApiError(response.ok ? FAILED : statusMessage(response.status), { cause });
  }
  if (body?.errors?.length) {
    throw new ApiError(FAILED, {
      details: body.errors.map((e) => e.message).join('; '),
      codes: body.errors.map((e) => e.extensions?.code ?? e.extensions?.classification ?? null),
    });
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(statusMessage(response.status), { details: `HTTP ${response.status}` });
  }
  return body.data;
}

function statusMessage(status) {
  return status === 502 || status === 503 || status === 504 ? UNREACHABLE : FAILED;
}

/**
 * The areas of one level of one gemeente (all gemeenten without one) without their geometry (the
 * map draws them from the vector tiles): { totalCount, areas: [node...] }.
 */
export async function fetchAreas(level, gemeente = null, options) {
  const data = await graphql(AREAS_QUERY, { level, gemeente }, options);
  const connection = data.areas;
  const areas = (connection?.edges ?? []).map((edge) => edge?.node).filter(Boolean);
  return { totalCount: connection?.totalCount ?? areas.length, areas };
}

/** The gemeente (code, name, bbox), or null when the API does not know it. */
export async function fetchGemeente(code, options) {
  try {
    const data = await graphql(GEMEENTE_QUERY, { code }, options);
    return data.area ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.codes.length && error.codes.every((c) => c === 'NOT_FOUND')) return null;
    throw error;
  }
}

/** The basemap of the config ({ tiles: XYZ template, attribution }), or null for none. */
function basemapOf(basemap) {
  if (typeof basemap?.tiles !== 'string' || !/^https?:\/\/\S+$/.test(basemap.tiles)) return null;
  return { tiles: basemap.tiles, attribution: typeof basemap.attribution === 'string' ? basemap.attribution : '' };
}

/** The front-end config of /api/config; falls back to the defaults (no basemap) when it cannot be read. */
export async function fetchConfig({ fetchFn = globalThis.fetch, endpoint = '/api/config' } = {}) {
  try {
    const response = await fetchFn(endpoint, { headers: { Accept: 'application/json' } });
    if (!response.ok) return { ...DEFAULT_CONFIG };
    const body = await response.json();
    return {
      basemap: basemapOf(body?.basemap),
      attribution: typeof body?.attribution === 'string' && body.attribution ? body.attribution : DEFAULT_CONFIG.attribution,
      // Where address search goes; null: only area names are searched.
      locatieserverUrl: typeof body?.locatieserverUrl === 'string' && body.locatieserverUrl ? body.locatieserverUrl : null,
    };
  } catch {
    return { ...DEFAULT_CONFIG };
  }
}
