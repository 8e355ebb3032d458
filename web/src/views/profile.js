// The area profile (/gebied/{code}): name, level, parents and children; every indicator against
// the city average and the previous period (chart and table); opgaven with their DIN tree;
// initiatives (list and small map); kredieten; sources; example data labelled.
import { graphql } from '../api.js';
import { PROFILE_INITIATIVES_QUERY, PROFILE_OPGAVEN_QUERY, profileQuery, seriesQuery } from '../api-queries.js';
import { isCount, valueCell } from '../choropleth.js';
import { loadCapabilities, loadIndicators } from '../data.js';
import { indicatorLabel } from '../figures.js';
import { gemeenteOf } from '../gemeente.js';
import { KEY_INDICATORS, trendsSection } from '../trend.js';
import { h } from '../dom.js';
import { formatDifference, formatMoney, formatValue } from '../format.js';
import { levelWord, t } from '../i18n.js';
import { lazyAtlasMap, nearScreen } from '../map-lazy.js';
import { embedWidget, errorBox, errorMessage, exampleLabel, showGemeente, sourceLine } from '../shell.js';
import { atlasUrl, compareUrl, mapEmbedUrl, profileUrl } from '../url-state.js';
import { SWITCHABLE_LEVELS } from '../levels.js';

/**
 * One figure per indicator, in the order of theme and label: the latest period that has both the
 * area's figure and the city's (so the two compare), else simply the latest.
 */
export function latestPerIndicator(values) {
  const byCode = new Map();
  const comparable = (v) => typeof v.value === 'number' && typeof v.cityAverage === 'number';
  for (const v of values) {
    const current = byCode.get(v.indicator.code);
    const better =
      !current ||
      (comparable(v) && !comparable(current)) ||
      (comparable(v) === comparable(current) && String(v.period) > String(current.period));
    if (better) byCode.set(v.indicator.code, v);
  }
  return [...byCode.values()].sort(
    (a, b) => String(a.indicator.theme ?? '').localeCompare(String(b.indicator.theme ?? ''), 'nl') || a.indicator.label.localeCompare(b.indicator.label, 'nl'),
  );
}

async function loadOpgaven(code) {
  const all = [];
  let after = null;
  for (let page = 0; page < 20; page++) {
    const { opgaven } = await graphql(PROFILE_OPGAVEN_QUERY, { code, after });
    all.push(...opgaven.edges.map((e) => e.node));
    if (!opgaven.pageInfo.hasNextPage) break;
    after = opgaven.pageInfo.endCursor;
  }
  return all;
}

/**
 * The series of the area's indicators (key ones first), or [] when the server has no
 * indicatorSeries yet or the request fails: the rest of the profile does not depend on it.
 */
async function loadSeries(caps, code) {
  if (!caps.series) return [];
  try {
    // Only codes the server knows: it refuses the whole request for an unknown one.
    const known = new Set((await loadIndicators()).map((i) => i.code));
    const codes = KEY_INDICATORS.filter((c) => known.has(c));
    if (!codes.length) return [];
    return (await graphql(seriesQuery(caps), { code, codes })).area?.indicatorSeries ?? [];
  } catch (error) {
    console.warn('De reeksen konden niet worden geladen', error);
    return [];
  }
}

export async function renderProfile(main, { lang, configPromise, route }) {
  main.replaceChildren(h('h1', {}, t(lang, 'loading')));
  let area;
  const caps = await loadCapabilities();
  try {
    const [base, opgaven, more, series] = await Promise.all([
      graphql(profileQuery(caps), { code: route.code }),
      loadOpgaven(route.code),
      graphql(PROFILE_INITIATIVES_QUERY, { code: route.code }),
      loadSeries(caps, route.code),
    ]);
    area = base.area
      ? { ...base.area, opgaven, initiatives: more.area?.initiatives ?? [], credits: more.area?.credits ?? [], pilotCredits: more.area?.pilotCredits ?? [], series }
      : null;
  } catch (error) {
    if (error?.codes?.includes?.('NOT_FOUND')) area = null;
    else {
      main.replaceChildren(h('h1', {}, 'Wijkatlas'), errorBox(lang, errorMessage(lang, error), () => window.location.reload()));
      return;
    }
  }
  if (!area) {
    document.title = `${t(lang, 'profileNotFound', { code: route.code })} – ${t(lang, 'brandPlain')}`;
    main.replaceChildren(h('h1', {}, t(lang, 'profileNotFound', { code: route.code })), h('p', {}, h('a', { href: atlasUrl({ level: 'WIJK' }, lang) }, t(lang, 'backToMap'))));
    return;
  }
  // The gemeente of the profile is the area's own: found among its ancestors, never assumed.
  const gemeente = gemeenteOf(area);
  const gemeenteName = gemeente?.name ?? '';
  area.gemeenteName = gemeenteName;
  showGemeente(lang, gemeente);
  const brand = gemeenteName ? t(lang, 'brand', { gemeente: gemeenteName }) : t(lang, 'brandPlain');
  document.title = `${area.name} – ${levelWord(lang, area.level)} – ${brand}`;
  const mapLevel = SWITCHABLE_LEVELS.includes(area.level) ? area.level : 'WIJK';
  const sections = [
    h('p', { class: 'profile__level' }, gemeenteName && area.level !== 'GEMEENTE' ? t(lang, 'profileLevel', { level: levelWord(lang, area.level), gemeente: gemeenteName }) : t(lang, 'profileLevelPlain', { level: levelWord(lang, area.level) }), ' · ', h('span', { class: 'profile__code' }, area.code)),
    h('h1', { class: 'profile__name' }, area.name),
    area.membership?.provisional ? h('p', { class: 'provisional' }, h('strong', {}, t(lang, 'provisional')), ': ', area.membership.note || t(lang, 'provisionalNote')) : null,
    relations(lang, area),
    indicatorsSection(lang, area),
    trendsSection(lang, area, area.series),
    opgavenSection(lang, area),
    initiativesSection(lang, area),
    creditsSection(lang, area),
    h('section', { 'aria-labelledby': 'sources-heading', class: 'profile__section' }, h('h2', { id: 'sources-heading' }, t(lang, 'sourcesHeading')), sourceLine(lang, area.source)),
    h('p', {}, h('a', { href: compareUrl([area.code], lang), class: 'compare-link' }, t(lang, 'compareWith'))),
    h('p', {}, h('a', { href: atlasUrl({ gemeente: gemeente?.code, level: mapLevel, area: SWITCHABLE_LEVELS.includes(area.level) ? area.code : null }, lang), class: 'back-to-map' }, t(lang, 'backToMap'))),
    embedWidget(lang, () => mapEmbedUrl({ gemeente: gemeente?.code, area: area.code, level: mapLevel }, lang), t(lang, 'embedMapTitle', { gemeente: gemeenteName })),
  ];
  main.replaceChildren(...sections.filter(Boolean));
  const mapContainer = main.querySelector('#initiatives-map');
  if (mapContainer) {
    // MapLibre is loaded only for this small map, after the text has painted and when the map
    // comes near the screen.
    const located = area.initiatives.filter((i) => i.location);
    const miniMap = lazyAtlasMap(
      mapContainer,
      configPromise.then((config) => ({ config, lang, bounds: area.bbox, onSelect: () => {} })),
      { when: nearScreen(mapContainer) },
    );
    miniMap.setAreas(area.level, [area], { only: [area.code] });
    miniMap.setPoints(located.map((i) => ({ lon: i.location.lon, lat: i.location.lat, title: i.title })));
  }
}

function relations(lang, area) {
  const link = (a) => h('a', { href: profileUrl(a.code, lang) }, a.name);
  return h(
    'section',
    { class: 'profile__section profile__relations', 'aria-label': t(lang, 'parentsHeading') },
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, t(lang, 'parentsHeading')), h('dd', {}, area.ancestors.length ? h('ul', { class: 'inline-list' }, area.ancestors.map((a) => h('li', {}, `${levelWord(lang, a.level)} `, link(a)))) : t(lang, 'noParent'))),
      area.children.length ? h('div', {}, h('dt', {}, t(lang, 'childrenHeading')), h('dd', {}, h('ul', { class: 'inline-list' }, area.children.map((c) => h('li', {}, link(c)))))) : null,
    ),
  );
}

function indicatorsSection(lang, area) {
  const latest = latestPerIndicator(area.indicatorValues);
  const body = latest.length
    ? [h('p', {}, t(lang, 'indicatorsIntro', { gemeente: area.gemeenteName })), chart(lang, area, latest), indicatorTable(lang, latest)]
    : [h('p', {}, t(lang, 'noIndicators'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'indicators-heading' }, h('h2', { id: 'indicators-heading' }, t(lang, 'indicatorsHeading')), ...body);
}

function indicatorTable(lang, latest) {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'indicator-caption', tabindex: '0' },
    h(
      'table',
      { class: 'data-table', id: 'indicator-table' },
      h('caption', { id: 'indicator-caption' }, t(lang, 'indicatorsHeading')),
      h('thead', {}, h('tr', {}, [t(lang, 'colIndicator'), t(lang, 'colPeriod'), t(lang, 'colValue'), t(lang, 'colCity'), t(lang, 'colDifference'), t(lang, 'colPrevious'), t(lang, 'source')].map((c, i) => h('th', { scope: 'col', class: i >= 2 && i <= 5 ? 'num' : null }, c)))),
      h(
        'tbody',
        {},
        latest.map((v) => {
          const unit = v.indicator.unit;
          const diff = !isCount(unit) && typeof v.value === 'number' && typeof v.cityAverage === 'number' ? v.value - v.cityAverage : null;
          return h(
            'tr',
            { dataset: { indicator: v.indicator.code } },
            h('th', { scope: 'row' }, indicatorLabel(lang, v.indicator), unit && unit !== 'aantal' ? ` (${unit})` : ''),
            h('td', {}, v.period),
            h('td', { class: 'num' }, valueCell(lang, v, unit)),
            h('td', { class: 'num' }, cityCell(lang, v, unit)),
            h('td', { class: 'num' }, formatDifference(diff, lang)),
            h('td', { class: 'num' }, typeof v.previousValue === 'number' ? `${formatValue(v.previousValue, unit, lang)} (${v.previousPeriod})` : '—'),
            h('td', {}, v.source ? (v.source.url ? h('a', { href: v.source.url }, v.source.title) : v.source.title) : '', v.source?.kind === 'EXAMPLE' ? [' ', exampleLabel(lang)] : null),
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
export function cityCell(lang, v, unit) {
  if (typeof v.cityAverage === 'number') return formatValue(v.cityAverage, unit, lang);
  const peers = v.peers;
  if (!peers || typeof peers.median !== 'number' || peers.count < 3) return t(lang, 'noData');
  const level = levelWord(lang, peers.level, true).toLowerCase();
  return h(
    'span',
    { class: 'peers' },
    h('span', { class: 'visually-hidden' }, t(lang, 'peersNoCity')),
    t(lang, 'peersMedian', { value: formatValue(peers.median, unit, lang) }),
    h(
      'span',
      { class: 'peers__rank' },
      t(lang, 'peersOf', { count: peers.count, level }),
      typeof peers.rank === 'number' ? ` · ${t(lang, 'peersRank', { rank: peers.rank })}` : '',
    ),
  );
}

function chart(lang, area, latest) {
  const rows = latest.filter((v) => v.indicator.unit === '%' && typeof v.value === 'number' && typeof v.cityAverage === 'number').slice(0, 12);
  if (!rows.length) return null;
  const ns = 'http://www.w3.org/2000/svg';
  const el = (tag, attrs = {}, text) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const width = 640;
  const label = 230;
  const barArea = width - label - 70;
  const rowHeight = 44;
  const height = rows.length * rowHeight + 30;
  const max = Math.max(100, ...rows.flatMap((v) => [v.value, v.cityAverage]));
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'bar-chart' });
  svg.append(el('title', { id: 'chart-title' }, t(lang, 'chartHeading')), el('desc', { id: 'chart-desc' }, t(lang, 'chartDescription', { name: area.name, gemeente: area.gemeenteName })));
  rows.forEach((v, i) => {
    const y = i * rowHeight + 4;
    const full = indicatorLabel(lang, v.indicator);
    const text = full.length > 34 ? `${full.slice(0, 33)}…` : full;
    svg.append(el('text', { x: 0, y: y + 16, class: 'bar-chart__label' }, text));
    const a = (v.value / max) * barArea;
    const c = (v.cityAverage / max) * barArea;
    svg.append(el('rect', { x: label, y, width: Math.max(1, a), height: 16, class: 'bar-chart__area' }));
    svg.append(el('text', { x: label + a + 4, y: y + 13, class: 'bar-chart__value' }, formatValue(v.value, '%', lang)));
    svg.append(el('rect', { x: label, y: y + 19, width: Math.max(1, c), height: 16, class: 'bar-chart__city' }));
    svg.append(el('text', { x: label + c + 4, y: y + 32, class: 'bar-chart__value' }, `${formatValue(v.cityAverage, '%', lang)} (${t(lang, 'colCity').toLowerCase()})`));
  });
  return h(
    'figure',
    { class: 'chart' },
    svg,
    h('figcaption', {}, h('span', { class: 'key key--area', 'aria-hidden': 'true' }), ` ${area.name}  `, h('span', { class: 'key key--city', 'aria-hidden': 'true' }), ` ${t(lang, 'colCity')}. ${t(lang, 'chartDescription', { name: area.name, gemeente: area.gemeenteName })}`),
  );
}

function opgavenSection(lang, area) {
  const body = area.opgaven.length
    ? area.opgaven.map((o) =>
        h(
          'article',
          { class: 'opgave' },
          h('h3', {}, o.title),
          h('p', { class: 'meta' }, [o.theme, o.period, o.status].filter(Boolean).join(' · '), o.source?.kind === 'EXAMPLE' ? [' ', exampleLabel(lang)] : null),
          o.summary ? h('p', {}, o.summary) : null,
          o.doelen.length ? dinTree(lang, o.doelen) : null,
          sourceLine(lang, o.source, o.sourceLocator),
        ),
      )
    : [h('p', {}, t(lang, 'noOpgaven'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'opgaven-heading' }, h('h2', { id: 'opgaven-heading' }, t(lang, 'opgavenHeading')), ...body);
}

function dinTree(lang, doelen) {
  return h(
    'div',
    { class: 'din' },
    h('h4', {}, t(lang, 'doelen')),
    h(
      'ul',
      { class: 'din__doelen' },
      doelen.map((d) =>
        h(
          'li',
          {},
          h('span', { class: 'din__doel' }, d.title),
          d.inspanningen.length
            ? h(
                'ul',
                { class: 'din__inspanningen', 'aria-label': t(lang, 'inspanningen') },
                d.inspanningen.map((i) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'din__label' }, `${t(lang, 'inspanning')}: `),
                    i.title,
                    i.betrokkenen.length ? h('p', { class: 'din__sub' }, `${t(lang, 'betrokkenen')}: `, i.betrokkenen.map((b) => b.name).join(', ')) : null,
                    i.middelen.length
                      ? h('p', { class: 'din__sub' }, `${t(lang, 'middelen')}: `, i.middelen.map((m) => [m.description, m.credit?.name, typeof m.amount === 'number' ? formatMoney(m.amount, lang) : null].filter(Boolean).join(' — ')).join('; '))
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

function initiativesSection(lang, area) {
  const list = area.initiatives;
  const located = list.filter((i) => i.location);
  const body = list.length
    ? [
        located.length
          ? h('div', { id: 'initiatives-map', class: 'map map--small', role: 'region', 'aria-label': t(lang, 'initiativesMapLabel', { name: area.name }), 'data-map-state': 'loading' })
          : h('p', {}, t(lang, 'initiativesMapNone')),
        h(
          'ul',
          { class: 'cards' },
          list.map((i) =>
            h(
              'li',
              { class: 'card' },
              h('h3', {}, i.title),
              i.source?.kind === 'EXAMPLE' ? h('p', {}, exampleLabel(lang)) : null,
              i.description ? h('p', {}, i.description) : null,
              h('p', { class: 'meta' }, [i.status, i.startedOn, i.initiator?.name, i.fundingScheme ? t(lang, 'fundedBy', { scheme: i.fundingScheme.name }) : null, typeof i.amount === 'number' ? formatMoney(i.amount, lang) : null].filter(Boolean).join(' · ')),
              i.link ? h('p', {}, h('a', { href: i.link }, t(lang, 'join', { title: i.title }))) : null,
              sourceLine(lang, i.source),
            ),
          ),
        ),
      ]
    : [h('p', {}, t(lang, 'noInitiatives'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'initiatives-heading' }, h('h2', { id: 'initiatives-heading' }, t(lang, 'initiativesHeading')), ...body);
}

function creditsSection(lang, area) {
  // The area's own credits, then city-wide money piloted here, labelled so: one list, each
  // credit once (a part names what it is part of and is not added to anything).
  const list = [...area.credits, ...area.pilotCredits.map((c) => ({ ...c, pilot: true }))];
  const body = list.length
    ? [
        h(
          'div',
          { class: 'table-scroll', role: 'region', 'aria-labelledby': 'credits-caption', tabindex: '0' },
          h(
            'table',
            { class: 'data-table', id: 'credits-table' },
            h('caption', { id: 'credits-caption' }, t(lang, 'creditsHeading')),
            h('thead', {}, h('tr', {}, [t(lang, 'colCredit'), t(lang, 'colAmount'), t(lang, 'colRealised'), t(lang, 'colRemaining'), t(lang, 'source')].map((c, i) => h('th', { scope: 'col', class: i >= 1 && i <= 3 ? 'num' : null }, c)))),
            h(
              'tbody',
              {},
              list.map((c) =>
                h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row' },
                    c.name,
                    c.budgetGoal ? ` (${c.budgetGoal.code})` : '',
                    c.pilot ? h('span', { class: 'credit-note' }, t(lang, 'creditPilot')) : null,
                    c.partOf ? h('span', { class: 'credit-note' }, t(lang, 'creditPartOf', { name: c.partOf.name })) : null,
                  ),
                  h('td', { class: 'num' }, typeof c.amount === 'number' ? formatMoney(c.amount, lang) : t(lang, 'noData')),
                  h('td', { class: 'num' }, c.realisedToDate ? `${formatMoney(c.realisedToDate.amount, lang)}${c.realisedToDate.year ? ` (${t(lang, 'realisedUntil', { year: c.realisedToDate.year })})` : ''}` : t(lang, 'noData')),
                  h('td', { class: 'num' }, typeof c.remaining === 'number' ? formatMoney(c.remaining, lang) : t(lang, 'noData')),
                  h('td', {}, c.source?.url ? h('a', { href: c.source.url }, c.source.title) : c.source?.title, c.sourceLocator ? ` — ${c.sourceLocator}` : '', c.source?.kind === 'EXAMPLE' ? [' ', exampleLabel(lang)] : null),
                ),
              ),
            ),
          ),
        ),
      ]
    : [h('p', {}, t(lang, 'noCredits'))];
  return h('section', { class: 'profile__section', 'aria-labelledby': 'credits-heading' }, h('h2', { id: 'credits-heading' }, t(lang, 'creditsHeading')), ...body);
}
