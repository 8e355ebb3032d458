// Loads and caches per-view data: areas per level, the indicator list, one indicator's values.
import { fetchAreas, graphql } from './api.js';
import { INDICATORS_QUERY, VALUES_QUERY } from './api-queries.js';

const areasByLevel = new Map();
const valuesCache = new Map();
let indicatorsPromise = null;

function cached(map, key, load) {
  if (!map.has(key)) {
    const pending = load();
    map.set(key, pending);
    pending.catch(() => map.delete(key));
  }
  return map.get(key);
}

/** The areas of a level (code, name, parents, bbox, label point; no geometry: the map takes that from the tiles). */
export function loadAreas(level) {
  return cached(areasByLevel, level, () => fetchAreas(level).then(({ areas }) => areas));
}

/** Every indicator (code, label, unit, theme, periods …). */
export function loadIndicators() {
  if (!indicatorsPromise) {
    indicatorsPromise = graphql(INDICATORS_QUERY).then((d) => d.indicators.edges.map((e) => e.node));
    indicatorsPromise.catch(() => (indicatorsPromise = null));
  }
  return indicatorsPromise;
}

/** One indicator with its values for a period and level. */
export function loadValues(code, period, level) {
  return cached(valuesCache, `${code}/${period}/${level}`, () => graphql(VALUES_QUERY, { code, period, level }).then((d) => d.indicator));
}
