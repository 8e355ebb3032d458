// Loads and caches per-view data: the gemeenten, areas per level and
// gemeente, the indicator list, one indicator's values in one gemeente.
import { fetchAreas, fetchGemeente, graphql } from './api.js';
import { COVERAGE_QUERY, GEMEENTEN_QUERY, INDICATORS_QUERY, VALUES_QUERY } from './api-queries.js';
import { areasIn, gemeentenFrom, valuesFor } from './gemeente.js';

const areasByLevel = new Map();
const valuesCache = new Map();
const gemeenteCache = new Map();
const coverageCache = new Map();
let indicatorsPromise = null;
let gemeentenPromise = null;

function cached(map, key, load) {
  if (!map.has(key)) {
    const pending = load();
    map.set(key, pending);
    pending.catch(() => map.delete(key));
  }
  return map.get(key);
}

/** The gemeenten in the atlas ({ code, name }, by name); empty when they cannot be loaded. */
export function loadGemeenten() {
  if (!gemeentenPromise) {
    gemeentenPromise = graphql(GEMEENTEN_QUERY).then(gemeentenFrom);
    gemeentenPromise.catch(() => (gemeentenPromise = null));
  }
  return gemeentenPromise;
}

/** One gemeente (code, name, level, bbox), or null when the API does not know it. */
export function loadGemeente(code) {
  return cached(gemeenteCache, code, () => fetchGemeente(code));
}

/**
 * The areas of a level in a gemeente (code, name, parents, bbox, label point; no geometry: the map
 * takes that from the tiles).
 */
export function loadAreas(level, gemeente) {
  return cached(areasByLevel, `${gemeente}/${level}`, () =>
    // The server filters by gemeente; the ancestors check keeps a server without that filter right too.
    fetchAreas(level, gemeente).then(({ areas }) => areasIn(areas, gemeente)),
  );
}

/** Every indicator (code, label, unit, theme, periods …). */
export function loadIndicators() {
  if (!indicatorsPromise) {
    indicatorsPromise = graphql(INDICATORS_QUERY).then((d) => d.indicators.edges.map((e) => e.node));
    indicatorsPromise.catch(() => (indicatorsPromise = null));
  }
  return indicatorsPromise;
}

/**
 * Which indicators have figures where, in one gemeente: a Map from code to [{ level, period,
 * areasWithFigure, areas }]; null when the server cannot say (the picker then offers everything).
 */
export function loadCoverage(gemeente) {
  return cached(coverageCache, gemeente, () =>
    graphql(COVERAGE_QUERY, { gemeente }).then(
      (d) => new Map(d.indicators.edges.map(({ node }) => [node.code, node.coverage])),
      () => null,
    ),
  );
}

/** The periods (oldest first) in which an indicator has figures for areas of a level; null coverage: all `periods`. */
export function periodsWithFigures(coverage, code, level, periods = []) {
  if (!coverage) return [...periods];
  return (coverage.get(code) ?? []).filter((c) => c.level === level && c.areasWithFigure > 0).map((c) => c.period);
}

/** One indicator with its values for a period and level, only the areas of the gemeente. */
export function loadValues(code, period, level, gemeente) {
  return cached(valuesCache, `${code}/${period}/${level}/${gemeente}`, async () => {
    const [data, areas] = await Promise.all([graphql(VALUES_QUERY, { code, period, level, gemeente }), loadAreas(level, gemeente)]);
    return valuesFor(data.indicator, areas);
  });
}
