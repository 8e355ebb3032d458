// Puts a chapter's map state on a map: areas of the level, the indicator choropleth, initiatives,
// credit areas and the camera. Shared by the story and the chapter embed.
import { graphql } from './api.js';
import { SERIES_QUERY, STORY_LAYERS_QUERY } from './api-queries.js';
import { buildChoropleth, renderLegend } from './choropleth.js';
import { loadAreas, loadIndicators, loadValues } from './data.js';
import { indicatorLabel as labelIn } from './figures.js';
import { h } from './dom.js';
import { levelWord, t } from './i18n.js';
import { mapStateFor } from './story-engine.js';

let layersPromise = null;

function loadLayers() {
  if (!layersPromise) {
    layersPromise = graphql(STORY_LAYERS_QUERY).then((d) => {
      const initiatives = d.initiatives.edges.map((e) => e.node);
      return {
        points: initiatives.filter((i) => i.location).map((i) => ({ lon: i.location.lon, lat: i.location.lat, title: i.title })),
        // An initiative whose source names no place is shown by the areas it belongs to.
        initiativeAreas: [...new Set(initiatives.filter((i) => !i.location).flatMap((i) => i.areas.map((a) => a.code)))],
        creditAreas: [...new Set(d.credits.edges.flatMap((e) => e.node.areas.map((a) => a.code)))],
      };
    });
    layersPromise.catch(() => (layersPromise = null));
  }
  return layersPromise;
}

/** The indicator's label in the page's language, or its code when the list cannot be loaded. */
export async function indicatorLabel(code) {
  if (!code) return null;
  try {
    const indicator = (await loadIndicators()).find((i) => i.code === code);
    return indicator ? labelIn(indicator) : code;
  } catch {
    return code;
  }
}

/** The bbox [w, s, e, n] grown by `share` of its width and height on every side. */
export function widen([west, south, east, north], share) {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [west - dx, south - dy, east + dx, north + dy];
}

/**
 * The chapter's map as one view state (see map-view.js): areas of its level, the indicator
 * choropleth, initiatives, credit areas and the camera; and the parts of its legend.
 */
export async function chapterView(chapter, { gemeente }) {
  const s = mapStateFor(chapter);
  const none = { points: [], initiativeAreas: [], creditAreas: [] };
  const [areas, values, layers] = await Promise.all([
    loadAreas(s.level, gemeente.code),
    s.indicator && s.period ? loadValues(s.indicator, s.period, s.level, gemeente.code).catch(() => null) : null,
    s.initiatives || s.credits ? loadLayers().catch(() => none) : none,
  ]);
  const legend = [];
  const choropleth = values ? buildChoropleth(values, values.values, `${s.indicator}/${s.period}/${s.level}`) : null;
  if (choropleth) {
    legend.push(renderLegend(choropleth, values, gemeente.name ?? gemeente.code));
    // Which period the map shows, and whether it follows new figures by itself.
    legend.push(h('p', { class: 'legend__period' }, t(chapter.layers?.latestPeriod ? 'storyPeriodLatest' : 'storyPeriod', { period: s.period })));
  }
  const drawn = new Set(areas.map((a) => a.code));
  const creditAreas = s.credits ? layers.creditAreas.filter((c) => drawn.has(c)) : [];
  const initiativeAreas = s.initiatives ? layers.initiativeAreas.filter((c) => drawn.has(c)) : [];
  // A legend line for each kind of outlined area, with how many of the drawn areas it marks.
  for (const [on, codes, key] of [
    [s.credits, creditAreas, 'storyLegendCredits'],
    [s.initiatives, initiativeAreas, 'storyLegendInitiatives'],
  ]) {
    if (!on) continue;
    legend.push(
      h(
        'p',
        { class: 'legend__highlight' },
        h('span', { class: 'legend__swatch legend__swatch--highlight', 'aria-hidden': 'true' }),
        h('span', {}, t(key, { count: codes.length, total: areas.length, level: levelWord(s.level, true).toLowerCase() })),
      ),
    );
  }
  // A chapter that draws areas of its focus area's own level compares it with its neighbours: show
  // them around it, not the focus area filling the map.
  let camera = null;
  if (s.bbox) camera = { fit: s.focus?.level === s.level ? widen(s.bbox, 1) : s.bbox };
  else if (s.center) camera = { center: s.center, zoom: s.zoom };
  const view = {
    level: s.level,
    areas,
    only: areas.map((a) => a.code),
    choropleth,
    highlighted: [...new Set([...creditAreas, ...initiativeAreas])],
    selected: s.focus && s.focus.level === s.level ? s.focus.code : null,
    points: s.initiatives ? layers.points : [],
    camera,
  };
  return { view, legend };
}

/** Shows a chapter on `atlasMap` in one call; `legend` receives the legend. Returns once it is shown. */
export async function showChapterOnMap(atlasMap, chapter, { legend, gemeente }) {
  const { view, legend: parts } = await chapterView(chapter, { gemeente });
  atlasMap.show(view);
  legend?.replaceChildren(...parts);
}

/**
 * Fills `slot` with the chart of the chapter's indicator over the periods its focus area has
 * (two or more), once; leaves it empty when there is no such series. The chart module (Observable
 * Plot) loads only here.
 */
export async function showChapterChart(slot, chapter, width) {
  const code = chapter.layers?.indicatorCode;
  const area = chapter.view?.focusArea;
  if (!slot || slot.dataset.filled || !code || !area) return;
  slot.dataset.filled = 'loading';
  try {
    const [data, { seriesChart }] = await Promise.all([graphql(SERIES_QUERY, { code: area.code, codes: [code] }), import('./story-chart.js')]);
    const series = data.area?.indicatorSeries?.[0];
    const chart = series ? seriesChart(series, area.name, { width }) : null;
    if (chart) slot.replaceChildren(chart);
  } finally {
    slot.dataset.filled = 'done';
  }
}
