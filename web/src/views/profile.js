// The area profile (/gebied/{code}): name, level, parents and children; every indicator against
// the city average and the previous period (chart and table); opgaven with their DIN tree;
// initiatives (list and small map); kredieten; sources; example data labelled.
import { graphql } from '../api.js';
import { PROFILE_CONTEXT_QUERY, PROFILE_INITIATIVES_QUERY, PROFILE_OPGAVEN_QUERY, PROFILE_QUERY, SERIES_QUERY } from '../api-queries.js';
import { isCount, valueCell } from '../choropleth.js';
import { loadAreas } from '../data.js';
import { indicatorLabel, themeLabel } from '../figures.js';
import { contactsFor, rollUp } from '../roll-up.js';
import { membershipNote } from '../details.js';
import { gemeenteOf } from '../gemeente.js';
import { KEY_INDICATORS, trendsSection } from '../trend.js';
import { cardSparkline, dotPlot, keyFigures } from '../key-figures.js';
import { h, svg as el } from '../dom.js';
import { formatDifference, formatMoney, formatValue } from '../format.js';
import { levelWord, pageLang, t } from '../i18n.js';
import { lazyAtlasMap, mapOnDemand, nearScreen } from '../map-lazy.js';
import { markMapVisible } from '../map-view.js';
import { embedWidget, errorBox, errorMessage, exampleLabel, showGemeente, sourceLine, sourceTitle } from '../shell.js';
import { atlasUrl, compareUrl, mapEmbedUrl, parsePlaceHash, profileUrl } from '../url-state.js';
import { areaTitle, HIERARCHY, SWITCHABLE_LEVELS } from '../levels.js';

/**
 * One figure per indicator, in the order of theme and label: the latest period that has both the
 * area's figure and the city's (so the two compare), else simply the latest.
 */
export function latestPerIndicator(values) {
  const byCode = new Map();
  const comparable = (v) => typeof v.value === 'number' && typeof v.cityAverage === 'number';
  for (const v of values) {
    const current = byCode.get(v.indicator.code);
    const better = !current || (comparable(v) && !comparable(current)) || (comparable(v) === comparable(current) && String(v.period) > String(current.period));
    if (better) byCode.set(v.indicator.code, v);
  }
  return [...byCode.values()].sort((a, b) => String(a.indicator.theme ?? '').localeCompare(String(b.indicator.theme ?? ''), 'nl') || a.indicator.label.localeCompare(b.indicator.label, 'nl'));
}

/** The opgaven of an area, page by page; within: also those of the areas below it. */
async function loadOpgaven(code, within) {
  const all = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const { opgaven } = await graphql(PROFILE_OPGAVEN_QUERY, { code, within, after });
    all.push(...opgaven.edges.map((e) => e.node));
    if (!opgaven.pageInfo.hasNextPage) break;
    after = opgaven.pageInfo.endCursor;
  }
  return all;
}

/**
 * The series of the area's key indicators and of `more` (the other figures on its cards) that it
 * has figures for, or [] when the request fails: the rest of the profile does not depend on it.
 */
async function loadSeries(area, more = []) {
  if (!area) return [];
  // Only codes the area has figures for: the server refuses the whole request for an unknown one.
  const own = new Set((area.indicatorValues ?? []).map((v) => v.indicator.code));
  const codes = [...new Set([...KEY_INDICATORS, ...more])].filter((c) => own.has(c));
  if (!codes.length) return [];
  try {
    return (await graphql(SERIES_QUERY, { code: area.code, codes })).area?.indicatorSeries ?? [];
  } catch (error) {
    console.warn('De reeksen konden niet worden geladen', error);
    return [];
  }
}

/** The static first frame of an area's locator map (drawn by the server; its HTML preloads it). */
export const locatorImageUrl = (code) => `/preview/kaart/${encodeURIComponent(code)}.svg`;

export async function renderProfile(main, { configPromise, route }) {
  const code = route.code;
  // The server's first frame (name, locator picture) stays until the profile is drawn.
  const served = main.dataset.firstFrame === code;
  if (!served) main.replaceChildren(h('h1', { class: 'utrecht-heading-1' }, t('loading')));
  // Every request starts now. The page is drawn once the area, its initiatives and kredieten and
  // what applies from above are in (one round trip); the opgaven (page by page) and the series of
  // the cards follow into their places.
  const profile = graphql(PROFILE_QUERY, { code });
  const more = graphql(PROFILE_INITIATIVES_QUERY, { code });
  const context = graphql(PROFILE_CONTEXT_QUERY, { code });
  const opgaven = loadOpgaven(code, true);
  const aboveOpgaven = context.then((c) => Promise.all((c.area?.ancestors ?? []).map(async (a) => [a.code, await loadOpgaven(a.code, false)])));
  const series = profile.then((b) =>
    loadSeries(
      b.area,
      keyFigures(latestPerIndicator(b.area?.indicatorValues ?? [])).map((v) => v.indicator.code),
    ),
  );
  // Settled later (or never, when the area does not exist): no unhandled rejection meanwhile.
  for (const later of [opgaven, aboveOpgaven, series]) later.catch(() => {});
  let area;
  try {
    const [base, m, c] = await Promise.all([profile, more, context]);
    area = base.area
      ? {
          ...base.area,
          opgaven: null,
          initiatives: m.area?.initiatives ?? [],
          credits: m.area?.credits ?? [],
          pilotCredits: m.area?.pilotCredits ?? [],
          series: null,
          organisations: c.area?.organisations ?? [],
          above: c.area?.ancestors ?? [],
        }
      : null;
  } catch (error) {
    if (error?.codes?.includes?.('NOT_FOUND')) area = null;
    else {
      main.replaceChildren(
        h('h1', { class: 'utrecht-heading-1' }, 'Wijkatlas'),
        errorBox(errorMessage(error), () => window.location.reload()),
      );
      return;
    }
  }
  // The served picture moves into the drawn map's place (already decoded: no flash); later
  // drawings of <main> are the script's own.
  const servedImage = served ? main.querySelector('.map-first-frame') : null;
  delete main.dataset.firstFrame;
  if (!area) {
    document.title = `${t('profileNotFound', { code: route.code })} – ${t('brandPlain')}`;
    main.replaceChildren(h('h1', { class: 'utrecht-heading-1' }, t('profileNotFound', { code: route.code })), h('p', {}, h('a', { href: atlasUrl({ level: 'WIJK' }) }, t('backToMap'))));
    return;
  }
  // The gemeente of the profile is the area's own: found among its ancestors, never assumed.
  const gemeente = gemeenteOf(area);
  const gemeenteName = gemeente?.name ?? '';
  area.gemeenteName = gemeenteName;
  area.latest = latestPerIndicator(area.indicatorValues); // the key figures and the tables share it
  showGemeente(gemeente);
  const brand = gemeenteName ? t('brand', { gemeente: gemeenteName }) : t('brandPlain');
  document.title = `${area.name} – ${levelWord(area.level)} – ${brand}`;
  const mapLevel = SWITCHABLE_LEVELS.includes(area.level) ? area.level : 'WIJK';
  const sections = [
    h(
      'p',
      { class: 'profile__level' },
      gemeenteName && area.level !== 'GEMEENTE' ? t('profileLevel', { level: levelWord(area.level), gemeente: gemeenteName }) : t('profileLevelPlain', { level: levelWord(area.level) }),
      ' · ',
      h('span', { class: 'profile__code' }, area.code),
    ),
    h('h1', { class: 'profile__name utrecht-heading-1' }, area.name),
    // Name, map and key figures first: the server's first frame has the name and the map in these places.
    profileTop(area),
    area.membership?.provisional ? h('p', { class: 'provisional' }, h('strong', {}, t('provisional')), ': ', membershipNote(area.membership)) : null,
    relations(area),
    pendingSection('opgaven-heading', t('opgavenHeading')),
    initiativesSection(area),
    creditsSection(area),
    contactsSection(area),
    indicatorsSection(area),
    h('div', { id: 'trends-slot' }),
    h('section', { 'aria-labelledby': 'sources-heading', class: 'profile__section' }, h('h2', { id: 'sources-heading', class: 'utrecht-heading-2' }, t('sourcesHeading')), sourceLine(area.source)),
    h('p', {}, h('a', { href: compareUrl([area.code]), class: 'compare-link' }, t('compareWith'))),
    h('p', {}, h('a', { href: atlasUrl({ gemeente: gemeente?.code, level: mapLevel, area: SWITCHABLE_LEVELS.includes(area.level) ? area.code : null }), class: 'back-to-map' }, t('backToMap'))),
    embedWidget(() => mapEmbedUrl({ gemeente: gemeente?.code, area: area.code, level: mapLevel }), t('embedMapTitle', { gemeente: gemeenteName })),
  ];
  main.replaceChildren(...sections.filter(Boolean));
  fillLater(main, area, { opgaven, aboveOpgaven, series });
  const mapContainer = main.querySelector('#profile-map');
  if (mapContainer) {
    // A locator map: the area among its neighbours of the same level on the basemap, the area
    // around it and the areas within it outlined, the initiatives that have a place, and the place
    // a search found. MapLibre is loaded after the text has painted; on a phone only when the
    // reader asks for the map (the server's picture, with the areas' names, is the map until then)
    // — or came here from a search, which asked for the place found to be shown on it.
    const place = parsePlaceHash(window.location.hash);
    showFirstFrame(mapContainer, area, servedImage);
    const miniMap = lazyAtlasMap(
      mapContainer,
      configPromise.then((config) => ({ config, bounds: area.bbox, onSelect: (code) => window.location.assign(profileUrl(code)) })),
      mapOnDemand() && !place ? { still: true } : { when: nearScreen(mapContainer) },
    );
    const neighbours = SWITCHABLE_LEVELS.includes(area.level) && gemeente ? await loadAreas(area.level, gemeente.code).catch(() => [area]) : [area];
    miniMap.show({
      level: area.level,
      areas: neighbours.some((a) => a.code === area.code) ? neighbours : [...neighbours, area],
      only: neighbours.length > 1 ? null : [area.code],
      selected: area.code,
      outlines: locatorOutlines(area),
      points: area.initiatives.filter((i) => i.location).map((i) => ({ lon: i.location.lon, lat: i.location.lat, title: i.title })),
      marker: place ? { ...place, label: t('searchedPlace') } : null,
      camera: { around: area.bbox },
    });
  }
}

/**
 * Shows the server's static picture of the locator map in `container` until MapLibre has drawn its
 * first complete view (map.js removes it then); where MapLibre cannot run or is not asked for (a
 * phone, map-lazy.js), it stays as the map.
 */
function showFirstFrame(container, area, served = null) {
  if (served) {
    container.prepend(served);
    return;
  }
  // Its text as the server writes it (ProfileFirstFrame.java): on a phone the picture is the map.
  const where = area.level !== 'GEMEENTE' && area.gemeenteName ? ` in ${area.gemeenteName}` : '';
  const image = h('img', { class: 'map-first-frame', src: locatorImageUrl(area.code), alt: t('locatorAlt', { name: area.name, where }), decoding: 'async' });
  image
    .decode()
    .then(() => requestAnimationFrame(() => image.isConnected && markMapVisible()))
    .catch(() => image.remove());
  container.prepend(image);
}

/** A section whose content is still coming: its heading, and a line saying so (or why it failed). */
function pendingSection(headingId, heading, error = null) {
  return h(
    'section',
    { class: 'profile__section', 'aria-labelledby': headingId, 'aria-busy': error ? null : 'true' },
    h('h2', { id: headingId, class: 'utrecht-heading-2' }, heading),
    h('p', { class: error ? 'alert alert--error utrecht-alert' : 'meta' }, error ?? t('loading')),
  );
}

/**
 * Puts what arrives after the first drawing into its place: the opgaven (of the area, the areas
 * below and above it) and the series (the cards' sparklines, the trends). Holds on to the elements
 * it replaces, so a late answer never lands on another page drawn in the meantime.
 */
function fillLater(main, area, { opgaven, aboveOpgaven, series }) {
  const pendingOpgaven = main.querySelector('[aria-labelledby="opgaven-heading"][aria-busy]');
  // data-profile tells tests (and styles) whether everything has arrived: loading, then complete.
  main.dataset.profile = 'loading';
  const opgavenDone = Promise.all([opgaven, aboveOpgaven])
    .then(
      ([own, above]) => {
        const byCode = new Map(above);
        area.opgaven = own;
        area.above = area.above.map((a) => ({ ...a, opgaven: byCode.get(a.code) ?? [] }));
        return opgavenSection(area);
      },
      (error) => pendingSection('opgaven-heading', t('opgavenHeading'), errorMessage(error)),
    )
    .then((section) => pendingOpgaven?.isConnected && pendingOpgaven.replaceWith(section));
  const slots = [...main.querySelectorAll('.key-figure__sparkline-slot')];
  const trends = main.querySelector('#trends-slot');
  const seriesDone = series.then((list) => {
    area.series = list;
    for (const slot of slots) {
      if (!slot.isConnected) continue;
      const line = cardSparkline(area, list, slot.dataset.indicator, Number(slot.dataset.index));
      if (line) slot.replaceWith(line);
      else slot.remove();
    }
    const section = trendsSection(area, list);
    if (section && trends?.isConnected) trends.replaceWith(section);
  });
  Promise.allSettled([opgavenDone, seriesDone]).then(() => {
    if (main.dataset.profile === 'loading') main.dataset.profile = 'complete';
  });
}

/** How deep a level lies in the hierarchy; a gebied (free-form) below all. */
const depth = (level) => (HIERARCHY.includes(level) ? HIERARCHY.indexOf(level) : HIERARCHY.length);

/** The area just above `area` (a buurt's wijk, a wijk's stadsdeel or gemeente), or null. */
export function parentOf(area) {
  const own = depth(area.level);
  return (area.ancestors ?? []).filter((a) => depth(a.level) < own).sort((a, b) => depth(b.level) - depth(a.level))[0] ?? null;
}

/** The locator map's context lines: the parent around the area, and its children (per level) within. */
export function locatorOutlines(area) {
  const parent = parentOf(area);
  const outlines = parent && parent.level !== 'GEMEENTE' ? [{ level: parent.level, codes: [parent.code], kind: 'parent' }] : [];
  const byLevel = new Map();
  for (const child of area.children ?? []) byLevel.set(child.level, [...(byLevel.get(child.level) ?? []), child.code]);
  for (const [level, codes] of byLevel) outlines.push({ level, codes, kind: 'children' });
  return outlines;
}

/** The line under the locator map that says what its outlines are. */
function locatorKey(area) {
  const parent = parentOf(area);
  const parts = [];
  if (parent && parent.level !== 'GEMEENTE') parts.push(t('locatorParent', { area: areaTitle(parent) }));
  const children = area.children ?? [];
  if (children.length) parts.push(t('locatorChildren', { count: children.length, plural: levelWord(children[0].level, children.length !== 1).toLowerCase(), name: area.name }));
  return parts.length ? h('p', { class: 'profile__map-key' }, parts.join(' · ')) : null;
}

/**
 * The top of a profile: where the area lies (map) and its key figures, each with period and
 * source, the city's value beside it in a dot plot, and a sparkline where it has several periods.
 */
function profileTop(area) {
  const cards = keyFigures(area.latest).map((v, index) => {
    // A gemeente's own profile does not compare the city with itself.
    const city = typeof v.cityAverage === 'number' && area.level !== 'GEMEENTE' ? v.cityAverage : null;
    const plot = city !== null && typeof v.value === 'number' ? dotPlot(v.value, city, v.indicator.unit) : null;
    return h(
      'li',
      { class: 'key-figure', dataset: { indicator: v.indicator.code } },
      h('span', { class: 'key-figure__label' }, indicatorLabel(v.indicator)),
      h('span', { class: 'key-figure__value' }, valueCell(v, v.indicator.unit)),
      h('span', { class: 'key-figure__meta' }, [v.period, sourceTitle(v.source)].filter(Boolean).join(' · '), v.source?.kind === 'EXAMPLE' ? [' ', exampleLabel()] : null),
      city !== null
        ? h(
            'span',
            { class: 'key-figure__city' },
            plot ? h('span', { class: 'key-figure__city-key', 'aria-hidden': 'true' }, '◆ ') : null,
            t('keyFigureCity', { gemeente: area.gemeenteName, value: formatValue(city, v.indicator.unit) }),
          )
        : null,
      plot,
      // The sparkline comes with the series; its place is kept where the card has an earlier figure.
      typeof v.value === 'number'
        ? h('span', { class: 'key-figure__sparkline-slot', dataset: { indicator: v.indicator.code, index: String(index) }, 'data-reserve': v.previousPeriod ? '' : null })
        : null,
    );
  });
  return h(
    'div',
    { class: 'profile__top' },
    h(
      'div',
      { class: 'profile__map-wrap' },
      h('div', { id: 'profile-map', class: 'map map--small profile__map', role: 'region', 'aria-label': t('profileMapLabel', { name: area.name }), 'data-map-state': 'loading' }),
      locatorKey(area),
      parsePlaceHash(window.location.hash)
        ? h('p', { class: 'alert alert--info utrecht-alert utrecht-alert--info profile__place' }, t('searchedPlaceHere', { level: levelWord(area.level).toLowerCase() }))
        : null,
    ),
    h(
      'section',
      { class: 'profile__key', 'aria-labelledby': 'key-heading' },
      h('h2', { id: 'key-heading', class: 'utrecht-heading-2' }, t('keyFiguresHeading')),
      cards.length ? h('ul', { class: 'key-figures' }, cards) : h('p', {}, t('noIndicators')),
    ),
  );
}

/** Where an item of the profile comes from, when not from the area itself. */
function originText(origin) {
  if (origin?.kind === 'below') return t('originBelow', { areas: origin.areas.map((a) => a.name).join(', ') });
  if (origin?.kind === 'above') return t('originAbove', { area: areaTitle(origin.area) });
  return null;
}

function originNote(origin) {
  const text = originText(origin);
  return text ? h('p', { class: 'origin' }, text) : null;
}

/** The organisations to reach about the area: name, kind, and how to reach them where known. */
function contactsSection(area) {
  const contacts = contactsFor(area.organisations, area.above);
  const body = contacts.length
    ? h(
        'ul',
        { class: 'cards contacts' },
        contacts.map((o) =>
          h(
            'li',
            { class: 'card' },
            h('h3', {}, o.name),
            h('p', { class: 'meta' }, t(`orgKind${o.kind}`)),
            o.address ? h('p', {}, o.address) : null,
            o.phone ? h('p', {}, h('a', { href: `tel:${o.phone.replace(/[^\d+]/g, '')}` }, o.phone)) : null,
            o.email ? h('p', {}, h('a', { href: `mailto:${o.email}` }, o.email)) : null,
            o.website ? h('p', {}, h('a', { href: o.website }, t('website'))) : null,
            sourceLine(o.source),
          ),
        ),
      )
    : h('p', {}, t('noContacts'));
  return h('section', { class: 'profile__section', 'aria-labelledby': 'contacts-heading' }, h('h2', { id: 'contacts-heading', class: 'utrecht-heading-2' }, t('contactsHeading')), body);
}

function relations(area) {
  const link = (a) => h('a', { href: profileUrl(a.code) }, a.name);
  return h(
    'section',
    { class: 'profile__section profile__relations', 'aria-label': t('parentsHeading') },
    h(
      'dl',
      { class: 'facts' },
      h(
        'div',
        {},
        h('dt', {}, t('parentsHeading')),
        h(
          'dd',
          {},
          area.ancestors.length
            ? h(
                'ul',
                { class: 'inline-list' },
                area.ancestors.map((a) => h('li', {}, `${levelWord(a.level)} `, link(a))),
              )
            : t('noParent'),
        ),
      ),
      area.children.length
        ? h(
            'div',
            {},
            h('dt', {}, t('childrenHeading')),
            h(
              'dd',
              {},
              h(
                'ul',
                { class: 'inline-list' },
                area.children.map((c) => h('li', {}, link(c))),
              ),
            ),
          )
        : null,
    ),
  );
}

function indicatorsSection(area) {
  const latest = area.latest;
  // One table per theme, folded when there are many figures (a Zwolle buurt has over 200): the
  // page stays short and each theme says how many figures it holds.
  const themes = new Map();
  for (const v of latest) {
    const theme = v.indicator.theme ?? '—';
    if (!themes.has(theme)) themes.set(theme, []);
    themes.get(theme).push(v);
  }
  const open = latest.length <= 15;
  const body = latest.length
    ? [
        h('p', {}, t('indicatorsIntro', { gemeente: area.gemeenteName })),
        chart(area, latest),
        ...[...themes.entries()].map(([theme, rows]) =>
          h(
            'details',
            { class: 'figures-theme', open },
            h('summary', {}, themeLabel(theme), h('span', { class: 'figures-theme__count' }, ` · ${t('figureCount', { count: rows.length })}`)),
            indicatorTable(rows, themeLabel(theme), { city: area.level !== 'GEMEENTE' }),
          ),
        ),
      ]
    : [h('p', {}, t('noIndicators'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'indicators-heading' }, h('h2', { id: 'indicators-heading', class: 'utrecht-heading-2' }, t('indicatorsHeading')), ...body);
}

let tableCount = 0;

/** The figures of one theme; with `city` false (a gemeente's own profile) without the columns that compare it with itself. */
function indicatorTable(latest, caption, { city = true } = {}) {
  const id = `indicator-caption-${++tableCount}`;
  const columns = [t('colIndicator'), t('colPeriod'), t('colValue'), city ? t('colCity') : null, city ? t('colDifference') : null, t('colPrevious'), t('source')];
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
    h(
      'table',
      { class: 'data-table utrecht-table utrecht-table--html-table indicator-table stack-on-phone' },
      h('caption', { id }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c, i) => (c === null ? null : h('th', { scope: 'col', class: i >= 2 && i <= 5 ? 'num' : null }, c))),
        ),
      ),
      h(
        'tbody',
        {},
        latest.map((v) => {
          const unit = v.indicator.unit;
          const diff = !isCount(unit) && typeof v.value === 'number' && typeof v.cityAverage === 'number' ? v.value - v.cityAverage : null;
          return h(
            'tr',
            { dataset: { indicator: v.indicator.code } },
            h('th', { scope: 'row' }, indicatorLabel(v.indicator), unit && unit !== 'aantal' ? ` (${unit})` : ''),
            h('td', { 'data-label': t('colPeriod') }, v.period),
            h('td', { class: 'num', 'data-label': t('colValue') }, valueCell(v, unit)),
            city ? h('td', { class: 'num', 'data-label': t('colCity') }, cityCell(v, unit)) : null,
            city ? h('td', { class: 'num', 'data-label': t('colDifference') }, formatDifference(diff)) : null,
            h('td', { class: 'num', 'data-label': t('colPrevious') }, typeof v.previousValue === 'number' ? `${formatValue(v.previousValue, unit)} (${v.previousPeriod})` : '—'),
            h(
              'td',
              { 'data-label': t('source') },
              v.source ? (v.source.url ? h('a', { href: v.source.url }, sourceTitle(v.source)) : sourceTitle(v.source)) : '',
              v.source?.kind === 'EXAMPLE' ? [' ', exampleLabel()] : null,
            ),
          );
        }),
      ),
    ),
  );
}

/**
 * The city's figure; where the city has none (a survey per buurt), the median of the other areas
 * of the level in the gemeente and this area's place among them — said as such, never as the
 * city's figure.
 */
export function cityCell(v, unit) {
  if (typeof v.cityAverage === 'number') return formatValue(v.cityAverage, unit);
  const peers = v.peers;
  if (!peers || typeof peers.median !== 'number' || peers.count < 3) return t('noData');
  const level = levelWord(peers.level, true).toLowerCase();
  return h(
    'span',
    { class: 'peers' },
    h('span', { class: 'visually-hidden' }, t('peersNoCity')),
    t('peersMedian', { value: formatValue(peers.median, unit) }),
    h('span', { class: 'peers__rank' }, t('peersOf', { count: peers.count, level }), typeof peers.rank === 'number' ? ` · ${t('peersRank', { rank: peers.rank })}` : ''),
  );
}

function chart(area, latest) {
  const rows = latest.filter((v) => v.indicator.unit === '%' && typeof v.value === 'number' && typeof v.cityAverage === 'number').slice(0, 12);
  if (!rows.length) return null;
  const width = 640;
  const label = 230;
  const barArea = width - label - 70;
  const rowHeight = 44;
  const height = rows.length * rowHeight + 30;
  const max = Math.max(100, ...rows.flatMap((v) => [v.value, v.cityAverage]));
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'bar-chart' });
  svg.append(el('title', { id: 'chart-title' }, t('chartHeading')), el('desc', { id: 'chart-desc' }, t('chartDescription', { name: area.name, gemeente: area.gemeenteName })));
  rows.forEach((v, i) => {
    const y = i * rowHeight + 4;
    const full = indicatorLabel(v.indicator);
    const text = full.length > 34 ? `${full.slice(0, 33)}…` : full;
    svg.append(el('text', { x: 0, y: y + 16, class: 'bar-chart__label' }, text));
    const a = (v.value / max) * barArea;
    const c = (v.cityAverage / max) * barArea;
    svg.append(el('rect', { x: label, y, width: Math.max(1, a), height: 16, class: 'bar-chart__area' }));
    svg.append(el('text', { x: label + a + 4, y: y + 13, class: 'bar-chart__value' }, formatValue(v.value, '%')));
    svg.append(el('rect', { x: label, y: y + 19, width: Math.max(1, c), height: 16, class: 'bar-chart__city' }));
    svg.append(el('text', { x: label + c + 4, y: y + 32, class: 'bar-chart__value' }, `${formatValue(v.cityAverage, '%')} (${t('colCity').toLowerCase()})`));
  });
  return h(
    'figure',
    { class: 'chart' },
    svg,
    h(
      'figcaption',
      {},
      h('span', { class: 'key key--area', 'aria-hidden': 'true' }),
      ` ${area.name}  `,
      h('span', { class: 'key key--city', 'aria-hidden': 'true' }),
      ` ${t('colCity')}. ${t('chartDescription', { name: area.name, gemeente: area.gemeenteName })}`,
    ),
  );
}

function opgavenSection(area) {
  const above = new Map(area.above.map((a) => [a.code, a.opgaven ?? []]));
  const { here, cityWide } = rollUp(area, area.above, area.opgaven, above);
  const opgave = ({ item: o, origin }) =>
    h(
      'article',
      { class: 'opgave' },
      // The opgaven are the municipality's own words, in Dutch: marked so on an English page.
      h('h3', { lang: sourceLang() }, o.title),
      originNote(origin),
      h('p', { class: 'meta', lang: sourceLang() }, [o.theme, o.period, o.status].filter(Boolean).join(' · '), o.source?.kind === 'EXAMPLE' ? [' ', exampleLabel()] : null),
      o.summary ? h('p', { lang: sourceLang() }, o.summary) : null,
      o.doelen.length ? dinTree(o.doelen) : null,
      sourceLine(o.source, o.sourceLocator),
    );
  const gemeente = area.above.find((a) => a.level === 'GEMEENTE');
  const body = [
    ...(here.length ? here.map(opgave) : [h('p', {}, t('noOpgaven'))]),
    cityWide.length && gemeente ? h('details', { class: 'city-wide' }, h('summary', {}, t('cityWideOpgaven', { gemeente: gemeente.name, count: cityWide.length })), ...cityWide.map(opgave)) : null,
  ];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'opgaven-heading' }, h('h2', { id: 'opgaven-heading', class: 'utrecht-heading-2' }, t('opgavenHeading')), ...body);
}

/** The language of the sources' own text (Dutch) where it differs from the page's, else null. */
function sourceLang() {
  return pageLang() === 'nl' ? null : 'nl';
}

function dinTree(doelen) {
  return h(
    'div',
    { class: 'din' },
    h('h4', {}, t('doelen')),
    h(
      'ul',
      { class: 'din__doelen' },
      doelen.map((d) =>
        h(
          'li',
          {},
          h('span', { class: 'din__doel', lang: sourceLang() }, d.title),
          d.inspanningen.length
            ? h(
                'ul',
                { class: 'din__inspanningen', 'aria-label': t('inspanningen') },
                d.inspanningen.map((i) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'din__label' }, `${t('inspanning')}: `),
                    h('span', { lang: sourceLang() }, i.title),
                    i.betrokkenen.length ? h('p', { class: 'din__sub' }, `${t('betrokkenen')}: `, h('span', { lang: sourceLang() }, i.betrokkenen.map((b) => b.name).join(', '))) : null,
                    i.middelen.length
                      ? h(
                          'p',
                          { class: 'din__sub' },
                          `${t('middelen')}: `,
                          h(
                            'span',
                            { lang: sourceLang() },
                            i.middelen.map((m) => [m.description, m.credit?.name, typeof m.amount === 'number' ? formatMoney(m.amount) : null].filter(Boolean).join(' — ')).join('; '),
                          ),
                        )
                      : null,
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

function initiativesSection(area) {
  // The area's and those below it, then those of its wijk and stadsdeel (not the city-wide ones).
  const above = new Map(area.above.filter((a) => a.level !== 'GEMEENTE').map((a) => [a.code, a.initiatives ?? []]));
  const { here } = rollUp(area, area.above, area.initiatives, above);
  const body = here.length
    ? [
        h(
          'ul',
          { class: 'cards' },
          here.map(({ item: i, origin }) =>
            h(
              'li',
              { class: 'card' },
              h('h3', { lang: sourceLang() }, i.title),
              originNote(origin),
              i.source?.kind === 'EXAMPLE' ? h('p', {}, exampleLabel()) : null,
              i.description ? h('p', { lang: sourceLang() }, i.description) : null,
              h(
                'p',
                { class: 'meta' },
                [i.status, i.startedOn, i.initiator?.name, i.fundingScheme ? t('fundedBy', { scheme: i.fundingScheme.name }) : null, typeof i.amount === 'number' ? formatMoney(i.amount) : null]
                  .filter(Boolean)
                  .join(' · '),
              ),
              i.link ? h('p', {}, h('a', { href: i.link }, t('join', { title: i.title }))) : null,
              sourceLine(i.source),
            ),
          ),
        ),
      ]
    : [h('p', {}, t('noInitiatives'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'initiatives-heading' }, h('h2', { id: 'initiatives-heading', class: 'utrecht-heading-2' }, t('initiativesHeading')), ...body);
}

function creditsSection(area) {
  // The area's own kredieten and those of the areas below it, then those of its wijk and stadsdeel,
  // then city-wide money piloted here, each labelled with where it comes from; the gemeente's
  // city-wide kredieten folded apart. Each krediet once (a part names what it is part of and is not
  // added to anything).
  const above = new Map(area.above.map((a) => [a.code, a.credits ?? []]));
  const { here, cityWide } = rollUp(area, area.above, area.credits, above);
  const pilots = rollUp(area, [], area.pilotCredits, new Map(), (c) => c.pilotAreas ?? []).here.filter((p) => !here.some((e) => e.item.id === p.item.id));
  const local = [...here, ...pilots.map((e) => ({ ...e, pilot: true }))];
  const gemeente = area.above.find((a) => a.level === 'GEMEENTE');
  const body = [
    local.length ? creditsTable(local, 'credits-table', t('creditsHeading')) : h('p', {}, t('noCredits')),
    cityWide.length && gemeente
      ? h(
          'details',
          { class: 'city-wide' },
          h('summary', {}, t('cityWideCredits', { gemeente: gemeente.name, count: cityWide.length })),
          creditsTable(cityWide, 'credits-city-table', t('cityWideCredits', { gemeente: gemeente.name, count: cityWide.length })),
        )
      : null,
  ];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'credits-heading' }, h('h2', { id: 'credits-heading', class: 'utrecht-heading-2' }, t('creditsHeading')), ...body);
}

function creditsTable(entries, id, caption) {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: '0' },
    h(
      'table',
      { class: 'data-table utrecht-table utrecht-table--html-table stack-on-phone', id },
      h('caption', { id: `${id}-caption` }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t('colCredit'), t('colAmount'), t('colRealised'), t('colRemaining'), t('source')].map((c, i) => h('th', { scope: 'col', class: i >= 1 && i <= 3 ? 'num' : null }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        entries.map(({ item: c, origin: from, pilot }) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h('span', { lang: sourceLang() }, c.name),
              c.budgetGoal ? ` (${c.budgetGoal.code})` : '',
              pilot ? h('span', { class: 'credit-note' }, t('creditPilot')) : null,
              !pilot && originText(from) ? h('span', { class: 'credit-note' }, originText(from)) : null,
              c.partOf ? h('span', { class: 'credit-note' }, t('creditPartOf', { name: c.partOf.name })) : null,
            ),
            h('td', { class: 'num', 'data-label': t('colAmount') }, typeof c.amount === 'number' ? formatMoney(c.amount) : t('noData')),
            h(
              'td',
              { class: 'num', 'data-label': t('colRealised') },
              c.realisedToDate ? `${formatMoney(c.realisedToDate.amount)}${c.realisedToDate.year ? ` (${t('realisedUntil', { year: c.realisedToDate.year })})` : ''}` : t('noData'),
            ),
            h('td', { class: 'num', 'data-label': t('colRemaining') }, typeof c.remaining === 'number' ? formatMoney(c.remaining) : t('noData')),
            h(
              'td',
              { 'data-label': t('source'), lang: sourceLang() },
              c.source?.url ? h('a', { href: c.source.url }, sourceTitle(c.source)) : sourceTitle(c.source),
              c.sourceLocator ? ` — ${c.sourceLocator}` : '',
              c.source?.kind === 'EXAMPLE' ? [' ', exampleLabel()] : null,
            ),
          ),
        ),
      ),
    ),
  );
}
