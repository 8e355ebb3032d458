// The server's vector tiles of the areas (GET /tiles/{layer}/{z}/{x}/{y}.mvt): one MapLibre
// `vector` source per area level, and the paint of the area layers. The tiles carry the geometry
// and code, name, level, parent_code and provisional; the choropleth colours come from the figures
// the page already loads for its table and reach the map as feature-state (fill), so the tile URLs
// have no indicator and stay one cacheable set per level.

/**
 * Per level: the tile layer (URL and MVT layer name) and the zooms the map asks tiles for. Below
 * `minzoom` the level is not drawn (the map does not zoom out that far); above `maxzoom` MapLibre
 * overzooms the last tiles, whose geometry is already the full one (the server's last zoom band
 * starts at z13, and at z14 a tile unit is well under a metre).
 */
export const LEVEL_TILES = Object.freeze({
  GEMEENTE: Object.freeze({ layer: 'gemeenten', minzoom: 5, maxzoom: 12 }),
  STADSDEEL: Object.freeze({ layer: 'stadsdelen', minzoom: 7, maxzoom: 14 }),
  WIJK: Object.freeze({ layer: 'wijken', minzoom: 7, maxzoom: 14 }),
  BUURT: Object.freeze({ layer: 'buurten', minzoom: 9, maxzoom: 14 }),
  GEBIED: Object.freeze({ layer: 'gebieden', minzoom: 7, maxzoom: 14 }),
});

/** The tile settings of a level; unknown levels get the wijken's. */
export function levelTiles(level) {
  return LEVEL_TILES[level] ?? LEVEL_TILES.WIJK;
}

/** The tile URL template of a level, absolute (MapLibre's worker fetches it), e.g. …/tiles/wijken/{z}/{x}/{y}.mvt. */
export function tileUrl(level, origin) {
  return `${String(origin).replace(/\/+$/, '')}/tiles/${levelTiles(level).layer}/{z}/{x}/{y}.mvt`;
}

/** The MapLibre source of a level: feature ids are the area codes, so feature-state works by code. */
export function tileSource(level, origin, attribution) {
  const { minzoom, maxzoom } = levelTiles(level);
  return {
    type: 'vector',
    tiles: [tileUrl(level, origin)],
    minzoom,
    maxzoom,
    promoteId: 'code',
    ...(attribution ? { attribution } : {}),
  };
}

const state = (key) => ['feature-state', key];
const flag = (key) => ['boolean', state(key), false];
/** Whether the area has a class colour; without one a shown choropleth treats it as "geen gegevens". */
const hasFill = ['to-boolean', state('fill')];
/**
 * Opacity 0 that still reads the feature-state. A paint property must not switch between a
 * feature-state expression and a constant: MapLibre keeps the buckets' old paint binders, and the
 * next setFeatureState then fails ("this.expression.evaluate is not a function") — the story
 * switches its choropleth on and off chapter by chapter.
 */
const OFF = ['case', flag('selected'), 0, 0];

/** fill-color of the area fill: the class colour (feature-state `fill`) when a choropleth is shown. */
export function fillColour(choropleth, noDataColour) {
  if (choropleth) return ['case', hasFill, ['to-color', state('fill')], noDataColour];
  return ['case', flag('selected'), '#e17000', flag('hover'), '#2a6ebb', '#5b8fc9'];
}

export function fillOpacity(choropleth) {
  if (choropleth) return ['case', flag('hover'), 0.95, 0.85];
  return ['case', flag('selected'), 0.5, flag('hover'), 0.4, 0.15];
}

/** fill-opacity of the hatch layer: shown on every area without a class colour while a choropleth is. */
export function hatchOpacity(choropleth) {
  return choropleth ? ['case', hasFill, 0, 1] : OFF;
}

/** fill-opacity of the dotted layer: on areas whose figure rests on few respondents while a choropleth is shown. */
export function fewOpacity(choropleth) {
  return choropleth ? ['case', flag('few'), 1, 0] : OFF;
}

export const OUTLINE_COLOUR = ['case', flag('selected'), '#0b0c0c', flag('highlight'), '#a04b00', '#154273'];
export const OUTLINE_WIDTH = ['case', flag('selected'), 4, flag('highlight'), 3.5, flag('hover'), 2.5, 1.2];

/**
 * The feature-state of every area that has one: the choropleth's colour (null for "geen
 * gegevens"), credit highlights, the selection and the hovered area. Codes map to state objects.
 */
export function areaStates({ choropleth = null, highlighted = [], selected = null, hover = null } = {}) {
  const states = new Map();
  const put = (code, values) => states.set(code, { ...states.get(code), ...values });
  for (const [code, entry] of choropleth?.byCode ?? []) put(code, { fill: entry.noData ? null : (entry.colour ?? null), few: Boolean(entry.few) });
  for (const code of highlighted) put(code, { highlight: true });
  if (selected) put(selected, { selected: true });
  if (hover) put(hover, { hover: true });
  return states;
}
