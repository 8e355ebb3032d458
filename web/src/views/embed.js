// The embeds (/embed/kaart, /embed/verhaal/{slug}): one view with minimal chrome, an "open in
// Wijkatlas" link and attribution; nothing is driven by scrolling, so it works in any iframe.
import { fetchGemeente, graphql } from '../api.js';
import { AREA_BRIEF_QUERY, STORY_QUERY } from '../api-queries.js';
import { buildChoropleth, renderLegend, valueText } from '../choropleth.js';
import { loadAreas, loadIndicators, loadValues } from '../data.js';
import { h } from '../dom.js';
import { formatValue } from '../format.js';
import { levelWord, t } from '../i18n.js';
import { lazyAtlasMap } from '../map-lazy.js';
import { renderMarkdown } from '../markdown.js';
import { errorBox, errorMessage, sourceLine } from '../shell.js';
import { describeChapter } from '../story-engine.js';
import { indicatorLabel, showChapterOnMap } from '../story-map.js';
import { atlasUrl, storyUrl } from '../url-state.js';

function openLink(lang, href) {
  return h('a', { href, target: '_blank', rel: 'noopener', class: 'embed__open' }, t(lang, 'embedOpen'), h('span', { class: 'visually-hidden' }, ` ${t(lang, 'newWindow')}`));
}

function attribution(lang, config, source) {
  return h('div', { class: 'embed__attribution' }, sourceLine(lang, source), h('p', {}, `© ${config.attribution} (CC BY 4.0)`));
}

export async function renderMapEmbed(main, { lang, config, route }) {
  const state = route.state;
  const title = h('h1', { class: 'embed__title' }, t(lang, 'embedMapTitle'));
  const summary = h('p', { class: 'embed__summary', 'aria-live': 'polite' });
  const mapContainer = h('div', { id: 'map', class: 'map embed__map', role: 'region', 'aria-label': t(lang, 'embedMapTitle'), 'aria-describedby': 'embed-summary', 'data-map-state': 'loading' });
  summary.id = 'embed-summary';
  const legend = h('div', { class: 'embed__legend' });
  const footer = h('div', { class: 'embed__footer' });
  main.replaceChildren(h('div', { class: 'embed' }, title, mapContainer, summary, legend, footer));
  try {
    const [gemeente, area, indicators] = await Promise.all([
      fetchGemeente(),
      state.area ? graphql(AREA_BRIEF_QUERY, { code: state.area }).then((d) => d.area).catch(() => null) : null,
      state.indicator ? loadIndicators() : [],
    ]);
    const level = area && ['STADSDEEL', 'WIJK', 'BUURT'].includes(area.level) ? area.level : state.level;
    const meta = indicators.find((i) => i.code === state.indicator) ?? null;
    const period = meta ? (state.period && meta.periods.includes(state.period) ? state.period : meta.periods.at(-1)) : null;
    const areas = await loadAreas(level);
    const atlasMap = lazyAtlasMap(mapContainer, Promise.resolve({ config, lang, bounds: area?.bbox ?? gemeente?.bbox, onSelect: () => {} }));
    atlasMap.ready.then((real) => (window.wijkatlasMap = real.map), () => {});
    atlasMap.setAreas(level, areas);
    if (area) atlasMap.select(area.code, area);
    let source = null;
    const titleParts = [];
    if (meta && period) {
      const values = await loadValues(meta.code, period, level);
      const choropleth = buildChoropleth(lang, values, values.values, `${meta.code}/${period}/${level}`);
      atlasMap.setChoropleth(choropleth);
      legend.replaceChildren(renderLegend(lang, choropleth, values));
      source = values.source;
      titleParts.push(`${meta.label} (${period})`);
      const row = area ? values.values.find((v) => v.area.code === area.code) : null;
      summary.textContent = row
        ? `${area.name}: ${valueText(lang, row, values.unit)}${typeof row.cityAverage === 'number' ? ` · ${t(lang, 'legendCityAverageValue', { value: formatValue(row.cityAverage, values.unit, lang) })}` : ''}`
        : t(lang, 'mapLabel', { plural: levelWord(lang, level, true).toLowerCase() });
    } else {
      summary.textContent = area ? `${levelWord(lang, area.level)} ${area.name}` : t(lang, 'mapLabel', { plural: levelWord(lang, level, true).toLowerCase() });
    }
    if (area) titleParts.push(area.name);
    title.textContent = titleParts.length ? titleParts.join(' — ') : t(lang, 'mapLabel', { plural: levelWord(lang, level, true).toLowerCase() });
    document.title = `${title.textContent} – Wijkatlas Zwolle`;
    footer.replaceChildren(openLink(lang, atlasUrl({ level, area: area?.code ?? null, indicator: meta?.code ?? null, period }, lang)), attribution(lang, config, source));
  } catch (error) {
    main.append(errorBox(lang, errorMessage(lang, error)));
  }
}

export async function renderStoryEmbed(main, { lang, config, route }) {
  let story;
  try {
    story = (await graphql(STORY_QUERY, { slug: route.slug })).story;
  } catch (error) {
    main.replaceChildren(h('h1', {}, 'Wijkatlas'), errorBox(lang, errorMessage(lang, error)));
    return;
  }
  if (!story) {
    main.replaceChildren(h('h1', {}, t(lang, 'storyNotFound', { slug: route.slug })));
    return;
  }
  const chapters = [...story.chapters].sort((a, b) => a.order - b.order);
  const index = Math.min(route.chapter, chapters.length) - 1;
  const chapter = chapters[index];
  document.title = `${chapter.title} – ${story.title} – Wijkatlas Zwolle`;
  const live = h('p', { id: 'map-state', class: 'story__state' });
  const mapContainer = h('div', { id: 'map', class: 'map embed__map', role: 'region', 'aria-label': t(lang, 'storyMapLabel'), 'aria-describedby': 'map-state', 'data-map-state': 'loading' });
  const legend = h('div', { class: 'embed__legend' });
  main.replaceChildren(
    h(
      'div',
      { class: 'embed' },
      h('p', { class: 'chapter__number' }, `${story.title} · ${t(lang, 'storyChapter', { n: index + 1, total: chapters.length })}`),
      h('h1', { class: 'embed__title' }, chapter.title),
      mapContainer,
      live,
      legend,
      h('div', { class: 'embed__text' }, ...renderMarkdown(chapter.text)),
      h('div', { class: 'embed__footer' }, openLink(lang, `${storyUrl(story.slug, lang)}#hoofdstuk-${index + 1}`), h('div', { class: 'embed__attribution' }, ...chapter.citations.map((c) => sourceLine(lang, c.source, c.locator)), h('p', {}, `© ${config.attribution} (CC BY 4.0)`))),
    ),
  );
  const atlasMap = lazyAtlasMap(
    mapContainer,
    (chapter.view?.focusArea?.bbox ? Promise.resolve(null) : fetchGemeente().catch(() => null)).then((gemeente) => ({
      config,
      lang,
      bounds: chapter.view?.focusArea?.bbox ?? gemeente?.bbox,
      onSelect: () => {},
    })),
  );
  atlasMap.ready.then((real) => (window.wijkatlasMap = real.map), () => {});
  await showChapterOnMap(atlasMap, chapter, { lang, legend, shownLevel: { value: null } });
  live.textContent = describeChapter(lang, chapter, index, chapters.length, await indicatorLabel(chapter.layers?.indicatorCode));
}
