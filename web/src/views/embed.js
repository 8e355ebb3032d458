// The embeds (/embed/kaart, /embed/verhaal/{slug}): one view with minimal chrome, an "open in
// Wijkatlas" link and attribution; nothing is driven by scrolling, so it works in any iframe.
import { graphql } from '../api.js';
import { AREA_BRIEF_QUERY, STORY_QUERY } from '../api-queries.js';
import { buildChoropleth, formatWithUnit, renderLegend, valueWithNotes } from '../choropleth.js';
import { loadAreas, loadGemeente, loadIndicators, loadValues } from '../data.js';
import { indicatorLabel as labelIn } from '../figures.js';
import { h } from '../dom.js';
import { levelWord, t } from '../i18n.js';
import { lazyAtlasMap } from '../map-lazy.js';
import { renderMarkdown } from '../markdown.js';
import { errorBox, errorMessage, sourceLine } from '../shell.js';
import { describeChapter, localizeStory } from '../story-engine.js';
import { indicatorLabel, showChapterOnMap } from '../story-map.js';
import { atlasUrl, storyUrl } from '../url-state.js';
import { reportHeight } from '../embed-size.js';

function openLink(href) {
  return h('a', { href, target: '_blank', rel: 'noopener', class: 'embed__open' }, t('embedOpen'), h('span', { class: 'visually-hidden' }, ` ${t('newWindow')}`));
}

function attribution(config, source) {
  return h('div', { class: 'embed__attribution' }, sourceLine(source), h('p', {}, `© ${config.attribution} (CC BY 4.0)`));
}

export async function renderMapEmbed(main, { config, route }) {
  const state = route.state;
  const title = h('h1', { class: 'embed__title utrecht-heading-1' }, t('brandPlain'));
  const summary = h('p', { class: 'embed__summary', 'aria-live': 'polite' });
  const mapContainer = h('div', { id: 'map', class: 'map embed__map', role: 'region', 'aria-label': t('brandPlain'), 'aria-describedby': 'embed-summary', 'data-map-state': 'loading' });
  summary.id = 'embed-summary';
  const legend = h('div', { class: 'embed__legend' });
  const footer = h('div', { class: 'embed__footer' });
  main.replaceChildren(h('div', { class: 'embed' }, title, mapContainer, summary, legend, footer));
  const height = reportHeight(window, { ready: false });
  try {
    const [found, area, indicators] = await Promise.all([
      loadGemeente(state.gemeente),
      state.area
        ? graphql(AREA_BRIEF_QUERY, { code: state.area })
            .then((d) => d.area)
            .catch(() => null)
        : null,
      state.indicator ? loadIndicators() : [],
    ]);
    const gemeente = found ?? { code: state.gemeente, name: state.gemeente };
    const gemeenteName = gemeente.name;
    mapContainer.setAttribute('aria-label', t('embedMapTitle', { gemeente: gemeenteName }));
    const level = area && ['STADSDEEL', 'WIJK', 'BUURT'].includes(area.level) ? area.level : state.level;
    const meta = indicators.find((i) => i.code === state.indicator) ?? null;
    const period = meta ? (state.period && meta.periods.includes(state.period) ? state.period : meta.periods.at(-1)) : null;
    const areas = await loadAreas(level, gemeente.code);
    const atlasMap = lazyAtlasMap(mapContainer, Promise.resolve({ config, bounds: area?.bbox ?? gemeente?.bbox }));
    const view = { level, areas, only: areas.map((a) => a.code), selected: area?.code ?? null, camera: area ? { around: area.bbox } : null };
    let source = null;
    const titleParts = [];
    if (meta && period) {
      const values = await loadValues(meta.code, period, level, gemeente.code);
      const choropleth = buildChoropleth(values, values.values, `${meta.code}/${period}/${level}`);
      view.choropleth = choropleth;
      legend.replaceChildren(renderLegend(choropleth, values, gemeenteName));
      source = values.source;
      titleParts.push(`${labelIn(meta)} (${period})`);
      const row = area ? values.values.find((v) => v.area.code === area.code) : null;
      summary.textContent = row
        ? `${area.name}: ${valueWithNotes(row, values.unit)}${typeof row.cityAverage === 'number' ? ` · ${t('legendCityAverageValue', { value: formatWithUnit(row.cityAverage, values.unit), gemeente: gemeenteName })}` : ''}`
        : t('mapLabel', { plural: levelWord(level, true).toLowerCase(), gemeente: gemeenteName });
    } else {
      summary.textContent = area ? `${levelWord(area.level)} ${area.name}` : t('mapLabel', { plural: levelWord(level, true).toLowerCase(), gemeente: gemeenteName });
    }
    atlasMap.show(view);
    if (area) titleParts.push(area.name);
    title.textContent = titleParts.length ? titleParts.join(' — ') : t('mapLabel', { plural: levelWord(level, true).toLowerCase(), gemeente: gemeenteName });
    document.title = `${title.textContent} – ${t('brand', { gemeente: gemeenteName })}`;
    footer.replaceChildren(openLink(atlasUrl({ gemeente: gemeente.code, level, area: area?.code ?? null, indicator: meta?.code ?? null, period })), attribution(config, source));
  } catch (error) {
    main.append(errorBox(errorMessage(error)));
  }
  height.ready();
}

export async function renderStoryEmbed(main, { config, route }) {
  let story;
  try {
    const found = (await graphql(STORY_QUERY, { slug: route.slug })).story;
    story = found ? localizeStory(found) : null;
  } catch (error) {
    main.replaceChildren(h('h1', {}, 'Wijkatlas'), errorBox(errorMessage(error)));
    return;
  }
  if (!story) {
    main.replaceChildren(h('h1', {}, t('storyNotFound', { slug: route.slug })));
    return;
  }
  const chapters = [...story.chapters].sort((a, b) => a.order - b.order);
  const index = Math.min(route.chapter, chapters.length) - 1;
  // A snippet pins the period a chapter showed when it was copied (unless the author asked for the
  // latest figures): a published article does not change with the next import.
  const shown = chapters[index];
  const chapter = route.period && shown.layers?.latestPeriod ? { ...shown, layers: { ...shown.layers, period: route.period, latestPeriod: false } } : shown;
  const gemeente = (await loadGemeente(route.gemeente).catch(() => null)) ?? { code: route.gemeente, name: route.gemeente };
  document.title = `${chapter.title} – ${story.title} – ${t('brand', { gemeente: gemeente.name })}`;
  const live = h('p', { id: 'map-state', class: 'story__state' });
  const mapContainer = h('div', { id: 'map', class: 'map embed__map', role: 'region', 'aria-label': t('storyMapLabel'), 'aria-describedby': 'map-state', 'data-map-state': 'loading' });
  const legend = h('div', { class: 'embed__legend' });
  main.replaceChildren(
    h(
      'div',
      { class: 'embed' },
      h('p', { class: 'chapter__number' }, `${story.title} · ${t('storyChapter', { n: index + 1, total: chapters.length })}`),
      h('h1', { class: 'embed__title utrecht-heading-1' }, chapter.title),
      mapContainer,
      live,
      legend,
      // The chapter's lead, not its whole text: the article around the embed tells the story, the
      // embed shows its map, legend and sources; "Open in Wijkatlas" leads to the rest.
      h('div', { class: 'embed__text' }, ...renderMarkdown(chapter.text).slice(0, 1)),
      h(
        'div',
        { class: 'embed__footer' },
        openLink(`${storyUrl(story.slug, gemeente.code)}#hoofdstuk-${index + 1}`),
        h(
          'div',
          { class: 'embed__attribution' },
          h(
            'p',
            { class: 'source' },
            `${t(chapter.citations.length === 1 ? 'source' : 'sources')}: `,
            ...chapter.citations.flatMap((c, i) => [i ? '; ' : '', c.source.url ? h('a', { href: c.source.url }, c.source.title) : c.source.title]),
          ),
          h('p', {}, `© ${config.attribution} (CC BY 4.0)`),
        ),
      ),
    ),
  );
  reportHeight();
  const atlasMap = lazyAtlasMap(mapContainer, Promise.resolve({ config, bounds: chapter.view?.focusArea?.bbox ?? gemeente.bbox }));
  await showChapterOnMap(atlasMap, chapter, { legend, gemeente });
  live.textContent = describeChapter(chapter, index, chapters.length, await indicatorLabel(chapter.layers?.indicatorCode), gemeente.name);
}
