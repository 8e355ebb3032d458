// Small trends on the profile: per indicator an inline SVG line over its periods, with a table of
// the same figures. Periods without a figure are gaps in the line (never 0); the SVG is an image
// with a text alternative naming the first and last figure, and the table is the full alternative.
import { h, svg as el } from './dom.js';
import { sourceTitle, sourceTitleLang } from './shell.js';
import { formatValue } from './format.js';
import { figureBadges, figureSuffix, indicatorLabel } from './figures.js';
import { t } from './i18n.js';
import { valueText } from './choropleth.js';

/**
 * The key indicators, in this order: the profile's key-figure cards (the first six the area has)
 * and the trends shown first. One list, so every card's indicator has its series loaded.
 */
export const KEY_INDICATORS = [
  'AantalInwoners_5',
  'Bevolkingsdichtheid_34',
  'HuishoudensTotaal_29',
  'GemiddeldeWOZWaardeVanWoningen_39',
  'zwolle_bslftgem',
  'zwolle_bsp65_eo',
  'bvb_rapportcijfer_leefbaarheid_buurt',
  'oppervlakte_grens_ha',
  'Woningvoorraad_35',
  'Koopwoningen_47',
  'percentagePersonen65JaarEnOuder',
  'bvb_rapportcijfer_veiligheid_buurt',
];

/** Whether a series value carries a number. */
export function hasNumber(v) {
  return v?.status === 'PRESENT' && typeof v.value === 'number' && Number.isFinite(v.value);
}

/**
 * The values with every missing year in between (status MISSING, no value) when the periods are
 * years, so a year without a figure shows as a gap and as "geen gegevens", never as 0 or as if the
 * years were adjacent. Other periods (2023-2024) stay as they are.
 */
export function withGaps(values) {
  const list = [...(values ?? [])].sort((a, b) => String(a.period).localeCompare(String(b.period)));
  if (list.length < 2 || !list.every((v) => /^\d{4}$/.test(v.period))) return list;
  const byYear = new Map(list.map((v) => [Number(v.period), v]));
  const first = Number(list[0].period);
  const last = Number(list.at(-1).period);
  if (last - first > 60) return list;
  const filled = [];
  for (let year = first; year <= last; year++) filled.push(byYear.get(year) ?? { period: String(year), value: null, status: 'MISSING', source: null });
  return filled;
}

/**
 * The series worth a trend: at least two periods with a number, numeric indicators only, the key
 * indicators first (in KEY_INDICATORS order), then by label; at most `limit`.
 */
export function trendSeries(series, limit = 8) {
  const rank = (code) => {
    const i = KEY_INDICATORS.indexOf(code);
    return i < 0 ? KEY_INDICATORS.length : i;
  };
  return (series ?? [])
    .filter((s) => s?.indicator?.valueKind !== 'CATEGORY' && (s.values ?? []).filter(hasNumber).length >= 2)
    .sort((a, b) => rank(a.indicator.code) - rank(b.indicator.code) || String(a.indicator.label).localeCompare(String(b.indicator.label), 'nl'))
    .slice(0, limit);
}

/**
 * The polyline segments of a series in a `width` × `height` box: one segment per run of periods
 * with a number, so a missing period breaks the line. Returns { segments: [[{x, y, v}]], min, max }.
 */
export function sparklinePoints(values, width, height, pad = 4) {
  const numbers = values.filter(hasNumber).map((v) => v.value);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const segments = [];
  let current = null;
  values.forEach((v, i) => {
    if (!hasNumber(v)) {
      current = null;
      return;
    }
    const point = { x: pad + i * step, y: max === min ? height / 2 : pad + (1 - (v.value - min) / span) * (height - 2 * pad), v };
    if (!current) segments.push((current = []));
    current.push(point);
  });
  return { segments, min, max };
}

/**
 * The text alternative of a series' line: indicator, area, first and last period, and the first
 * and last figure with their periods. `values` as withGaps gives them, with at least one number.
 */
export function trendSummary(area, series, values) {
  const unit = series.indicator.unit;
  const numbered = values.filter(hasNumber);
  const first = numbered[0];
  const last = numbered.at(-1);
  return t('trendChartLabel', {
    indicator: indicatorLabel(series.indicator),
    name: area.name,
    first: values[0].period,
    last: values.at(-1).period,
    from: `${formatValue(first.value, unit)} (${first.period})`,
    to: `${formatValue(last.value, unit)} (${last.period})`,
  });
}

/**
 * The line of a series as an SVG image in a `width` × `height` box, the first and last period
 * under it: one polyline per run of periods with a number (a missing one is a gap), a dot per
 * figure, `title` (under `titleId`) as its text alternative. The trends and the key-figure cards
 * both draw with it.
 */
export function sparklineSvg(values, { width, height, title, titleId, className = 'sparkline' }) {
  const { segments } = sparklinePoints(values, width, height);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height + 14}`, role: 'img', 'aria-labelledby': titleId, class: className, focusable: 'false' });
  svg.append(el('title', { id: titleId }, title));
  // Years without a figure are bridged by a faint dashed line, not a solid one: the trend reads as
  // one line, and the dashes say that no figure lies on that stretch.
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (next) svg.append(el('line', { class: 'sparkline__gap', x1: segment.at(-1).x.toFixed(1), y1: segment.at(-1).y.toFixed(1), x2: next[0].x.toFixed(1), y2: next[0].y.toFixed(1) }));
  });
  for (const segment of segments) {
    if (segment.length > 1) svg.append(el('polyline', { class: 'sparkline__line', points: segment.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') }));
    for (const p of segment) svg.append(el('circle', { class: 'sparkline__dot', cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: segment.length > 1 ? 2 : 3 }));
  }
  svg.append(el('text', { x: 2, y: height + 12, class: 'sparkline__axis' }, values[0].period));
  svg.append(el('text', { x: width - 2, y: height + 12, class: 'sparkline__axis', 'text-anchor': 'end' }, values.at(-1).period));
  return svg;
}

/** One trend: heading, summary, the SVG line and a disclosure with the table. */
export function renderTrend(area, series, index) {
  const { indicator } = series;
  const values = withGaps(series.values);
  const unit = indicator.unit;
  const label = indicatorLabel(indicator);
  const last = values.filter(hasNumber).at(-1);
  const summary = trendSummary(area, series, values);
  const svg = sparklineSvg(values, { width: 240, height: 60, title: summary, titleId: `trend-${index}-title` });
  const table = seriesTable(label, unit, values);
  return h(
    'li',
    { class: 'trend', dataset: { indicator: indicator.code } },
    h('h3', {}, label, unit && unit !== 'aantal' ? ` (${unit})` : ''),
    h('p', { class: 'trend__summary' }, `${formatValue(last.value, unit)}${figureSuffix(last)} (${last.period})`),
    svg,
    h('details', {}, h('summary', {}, t('trendShowTable', { indicator: label })), table),
  );
}

/**
 * The figures of a series as a table (period, value with its notes and, unless `sources` is
 * false, its source): the full alternative to a trend or chart.
 */
export function seriesTable(label, unit, values, { sources = true } = {}) {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table utrecht-table utrecht-table--html-table trend__table' },
      h('caption', { class: 'visually-hidden' }, t('trendTableCaption', { indicator: label })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('colPeriod')), h('th', { scope: 'col', class: 'num' }, t('colValue')), sources ? h('th', { scope: 'col' }, t('source')) : null)),
      h(
        'tbody',
        {},
        values.map((v) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, v.period),
            h('td', { class: `num${hasNumber(v) ? '' : ' nodata'}` }, valueText(v, unit), hasNumber(v) ? figureBadges(v) : null),
            sources ? h('td', { lang: sourceTitleLang(v.source) }, sourceTitle(v.source)) : null,
          ),
        ),
      ),
    ),
  );
}

/** The trends section, or null when no series has two periods with a number. */
export function trendsSection(area, series) {
  const shown = trendSeries(series);
  if (!shown.length) return null;
  return h(
    'section',
    { class: 'profile__section', 'aria-labelledby': 'trends-heading', id: 'trends' },
    h('h2', { id: 'trends-heading', class: 'utrecht-heading-2' }, t('trendHeading')),
    h('p', {}, t('trendIntro')),
    h(
      'ul',
      { class: 'trends' },
      shown.map((s, i) => renderTrend(area, s, i)),
    ),
  );
}
