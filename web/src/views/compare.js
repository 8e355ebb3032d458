// Compare (/vergelijk?gebieden=WK019330,WK019311, and its embed /embed/vergelijk): two to four
// areas of any level side by side — their figures against each other and the city, and what
// happens there (opgaven, kredieten, initiatives, counted with the areas below them, never twice).
// The areas are in the URL, so a comparison can be shared and embedded.
import { graphql } from '../api.js';
import { unitLabel, valueText } from '../choropleth.js';
import { h } from '../dom.js';
import { reportHeight } from '../embed-size.js';
import { figureBadges, indicatorLabel } from '../figures.js';
import { formatMoney, formatValue } from '../format.js';
import { unionBbox } from '../geojson.js';
import { levelWord, t } from '../i18n.js';
import { embedWidget, errorBox, errorMessage, showGemeente } from '../shell.js';
import { KEY_INDICATORS } from '../trend.js';
import { atlasUrl, compareEmbedUrl, compareUrl, profileUrl } from '../url-state.js';
import { lazyAtlasMap, nearScreen } from '../map-lazy.js';
import { latestPerIndicator } from './profile.js';

export const MAX_COMPARED = 4;

const AREA_FIELDS = `code name level bbox labelPoint { lon lat }
    ancestors { code name level }
    indicatorValues {
      indicator { code label labelEn unit theme valueKind }
      period value category status cityAverage reliability derivation { method } source { title titleEn kind }
    }
    opgaven(within: true) { id title }
    initiatives(within: true) { id title }
    credits(within: true) { id name amount }
    creditAmountTotal(within: true)`;

/** One query for all compared areas: area0 … area3 by alias. */
export function compareQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$c${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `area${i}: area(code: $c${i}) { ${AREA_FIELDS} }`).join('\n  ');
  return `query Compare(${vars}) {\n  ${fields}\n}`;
}

/**
 * The rows of the figures table: per indicator the figure of each area in its latest period (null
 * when it has none) and the city's; the key indicators first, then those every area has. An
 * indicator no area has a figure for is left out.
 */
export function compareRows(areas, { all = false } = {}) {
  const latest = areas.map((a) => new Map(latestPerIndicator(a.indicatorValues ?? []).map((v) => [v.indicator.code, v])));
  const codes = new Set(latest.flatMap((m) => [...m.keys()]));
  const present = (code) => latest.filter((m) => m.get(code)?.status === 'PRESENT').length;
  const key = KEY_INDICATORS.filter((c) => codes.has(c) && present(c) > 0);
  const shared = [...codes].filter((c) => !KEY_INDICATORS.includes(c) && present(c) === areas.length);
  const others = all ? [...codes].filter((c) => !KEY_INDICATORS.includes(c) && present(c) > 0 && present(c) < areas.length) : [];
  const row = (code) => {
    const cells = latest.map((m) => m.get(code) ?? null);
    const first = cells.find(Boolean);
    return { indicator: first.indicator, cells, city: cells.find((c) => typeof c?.cityAverage === 'number') ?? null };
  };
  const sortByLabel = (a, b) => a.indicator.label.localeCompare(b.indicator.label, 'nl');
  return { key: key.map(row), shared: shared.map(row).sort(sortByLabel), others: others.map(row).sort(sortByLabel) };
}

/**
 * What follows an indicator's name in a row heading: its unit in brackets, unless it is a plain count
 * or the name already says it (CBS names such as "Bevolkingsdichtheid (inwoners per km2 land)").
 */
export function unitSuffix(label, unit) {
  if (!unit || unit === 'aantal') return '';
  const said = (text) => unitLabel(text).toLowerCase();
  if (said(label ?? '').includes(said(unit))) return '';
  return unit === '%' ? ' (%)' : ` (${unitLabel(unit)})`;
}

function figuresTable(areas, rows, caption) {
  return h(
    'table',
    { class: 'data-table utrecht-table utrecht-table--html-table compare__table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, t('colIndicator')), ...areas.map((a) => h('th', { scope: 'col', class: 'num' }, a.name)), h('th', { scope: 'col', class: 'num' }, t('compareCity'))),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, indicatorLabel(r.indicator), unitSuffix(indicatorLabel(r.indicator), r.indicator.unit)),
          ...r.cells.map((c, i) =>
            h(
              'td',
              { class: `num${c?.status === 'PRESENT' ? '' : ' nodata'}`, 'data-label': areas[i].name },
              h('span', {}, c ? [valueText(c, r.indicator.unit), c.status === 'PRESENT' ? figureBadges(c) : null, h('span', { class: 'compare__period' }, ` ${c.period}`)] : t('noData')),
            ),
          ),
          h(
            'td',
            { class: 'num', 'data-label': t('compareCity') },
            h('span', {}, r.city ? [formatValue(r.city.cityAverage, r.indicator.unit), h('span', { class: 'compare__period' }, ` ${r.city.period}`)] : t('noData')),
          ),
        ),
      ),
    ),
  );
}

function listCell(items, label, empty) {
  if (!items.length) return h('p', { class: 'nodata' }, empty);
  return [
    h('p', {}, label),
    h(
      'ul',
      {},
      items.slice(0, 8).map((x) => h('li', {}, x)),
    ),
    items.length > 8 ? h('p', {}, t('compareMore', { count: items.length - 8 })) : null,
  ];
}

function happensSection(areas) {
  return h(
    'section',
    { class: 'compare__section', 'aria-labelledby': 'compare-happens' },
    h('h2', { id: 'compare-happens', class: 'utrecht-heading-2' }, t('compareHappens')),
    h('p', {}, t('compareHappensIntro')),
    h(
      'div',
      { class: 'compare__columns' },
      areas.map((a) =>
        h(
          'div',
          { class: 'compare__column' },
          h('h3', {}, a.name),
          h('h4', {}, t('compareOpgaven', { count: a.opgaven.length })),
          listCell(
            a.opgaven.map((o) => o.title),
            '',
            t('compareNone'),
          ),
          h('h4', {}, t('compareCredits', { count: a.credits.length })),
          a.credits.length ? h('p', {}, t('compareCreditTotal', { amount: typeof a.creditAmountTotal === 'number' ? formatMoney(a.creditAmountTotal) : t('noData') })) : null,
          listCell(
            a.credits.map((c) => `${c.name}${typeof c.amount === 'number' ? ` (${formatMoney(c.amount)})` : ''}`),
            '',
            t('compareNone'),
          ),
          h('h4', {}, t('compareInitiatives', { count: a.initiatives.length })),
          listCell(
            a.initiatives.map((i) => i.title),
            '',
            t('compareNone'),
          ),
        ),
      ),
    ),
  );
}

export async function loadAreas(codes) {
  // /vergelijk without gebieden: nothing to ask (an operation without fields is no GraphQL)
  if (!codes.length) return [];
  const variables = Object.fromEntries(codes.map((c, i) => [`c${i}`, c]));
  const data = await graphql(compareQuery(codes.length), variables);
  return codes.map((_, i) => data[`area${i}`]).filter(Boolean);
}

/** A select of the gemeente's areas (all levels) to add one to the comparison. */
async function addPicker(codes, gemeenteCode) {
  const data = await graphql(
    `
      query Choices($g: ID) {
        areas(gemeente: $g, first: 500) {
          edges {
            node {
              code
              name
              level
            }
          }
        }
      }
    `,
    { g: gemeenteCode },
  );
  const order = ['GEMEENTE', 'STADSDEEL', 'GEBIED', 'WIJK', 'BUURT'];
  const nodes = data.areas.edges.map((e) => e.node).filter((n) => !codes.includes(n.code));
  const select = h(
    'select',
    { id: 'compare-add', class: 'utrecht-select utrecht-select--html-select' },
    h('option', { value: '' }, t('compareChoose')),
    order.map((level) => {
      const of = nodes.filter((n) => n.level === level).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return of.length
        ? h(
            'optgroup',
            { label: levelWord(level, true) },
            of.map((n) => h('option', { value: n.code }, n.name)),
          )
        : null;
    }),
  );
  const button = h('button', { type: 'submit', class: 'button utrecht-button utrecht-button--primary-action' }, t('compareAddButton'));
  return h(
    'form',
    {
      class: 'compare__add',
      onsubmit: (e) => {
        e.preventDefault();
        if (select.value) window.location.assign(compareUrl([...codes, select.value]));
      },
    },
    h('p', { class: 'field' }, h('label', { for: 'compare-add', class: 'utrecht-form-label' }, t('compareAdd')), select),
    button,
  );
}

export async function renderCompare(main, { route, configPromise, embedded = false }) {
  const codes = route.codes.slice(0, MAX_COMPARED);
  let areas;
  try {
    areas = await loadAreas(codes);
  } catch (error) {
    main.replaceChildren(
      h('h1', { class: 'utrecht-heading-1' }, t('compareTitle')),
      errorBox(errorMessage(error), () => window.location.reload()),
    );
    return;
  }
  const gemeente = areas[0]?.level === 'GEMEENTE' ? areas[0] : areas[0]?.ancestors.find((a) => a.level === 'GEMEENTE');
  if (gemeente && !embedded) showGemeente(gemeente);
  const names = areas.map((a) => a.name).join(' – ');
  document.title = `${t('compareTitle')}: ${names} – ${t('brand', { gemeente: gemeente?.name ?? '' })}`;
  const rows = compareRows(areas);
  const heading = h('h1', { class: 'utrecht-heading-1' }, areas.length ? t('compareHeading', { names }) : t('compareTitle'));
  const figures =
    rows.key.length || rows.shared.length
      ? h(
          'section',
          { class: 'compare__section', 'aria-labelledby': 'compare-figures' },
          h('h2', { id: 'compare-figures', class: 'utrecht-heading-2' }, t('compareFigures')),
          h('p', {}, t('compareFiguresIntro', { gemeente: gemeente?.name ?? '' })),
          rows.key.length ? figuresTable(areas, rows.key, t('compareKeyCaption')) : null,
          !embedded && rows.shared.length
            ? h('details', {}, h('summary', {}, t('compareAllShared', { count: rows.shared.length })), figuresTable(areas, rows.shared, t('compareSharedCaption')))
            : null,
        )
      : h('p', { class: 'nodata' }, t('compareNoFigures'));
  const links = h(
    'p',
    { class: 'compare__links' },
    areas.flatMap((a, i) => [i ? ' · ' : '', h('a', { href: profileUrl(a.code), target: embedded ? '_blank' : null }, a.name)]),
  );
  if (embedded) {
    main.replaceChildren(
      h(
        'div',
        { class: 'embed compare compare--embed' },
        heading,
        figures,
        h(
          'div',
          { class: 'embed__footer' },
          h('a', { href: compareUrl(codes), target: '_blank', rel: 'noopener', class: 'embed__open' }, t('embedOpen'), h('span', { class: 'visually-hidden' }, ` ${t('newWindow')}`)),
          h('div', { class: 'embed__attribution' }, h('p', {}, t('compareSources'))),
        ),
      ),
    );
    reportHeight();
    return;
  }
  main.replaceChildren(
    h(
      'div',
      { class: 'compare' },
      heading,
      links,
      areas.length < 2 ? h('p', {}, t(areas.length ? 'compareNeedTwo' : 'compareNeedAny')) : null,
      areas.length < MAX_COMPARED ? await addPicker(codes, gemeente?.code).catch(() => null) : null,
      areas.length ? h('div', { id: 'compare-map', class: 'map map--small compare__map', role: 'region', 'aria-label': t('compareMapLabel', { names }), 'data-map-state': 'loading' }) : null,
      areas.length ? figures : null,
      areas.length ? happensSection(areas) : null,
      h('p', {}, t('compareSources')),
      h('p', {}, h('a', { href: atlasUrl({ gemeente: gemeente?.code }), class: 'back-to-map' }, t('backToMap'))),
      areas.length >= 2 ? embedWidget(() => compareEmbedUrl(codes), t('compareHeading', { names })) : null,
    ),
  );
  const mapContainer = main.querySelector('#compare-map');
  if (mapContainer) {
    // Where the compared areas lie, named and outlined, among the areas of the first one's level;
    // areas of another level are outlined on top.
    const level = areas[0].level;
    const others = areas.filter((a) => a.level !== level);
    const compareMap = lazyAtlasMap(
      mapContainer,
      configPromise.then((config) => ({ config, bounds: unionBbox(areas), onSelect: (code) => window.location.assign(profileUrl(code)) })),
      { when: nearScreen(mapContainer) },
    );
    compareMap.show({
      level,
      areas,
      only: areas.map((a) => a.code),
      highlighted: areas.map((a) => a.code),
      outlines: [...new Set(others.map((a) => a.level))].map((l) => ({ level: l, codes: others.filter((a) => a.level === l).map((a) => a.code), kind: 'parent' })),
      camera: { fit: unionBbox(areas) },
    });
  }
}
