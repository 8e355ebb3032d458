// A chapter's chart: the focus area's figures of the chapter's indicator over the periods there
// are, drawn by Observable Plot as SVG (loaded only with the story), with the same figures as a
// table for keyboard and screen-reader users. Missing years are gaps, never 0; a derived or
// few-respondents figure is a hollow dot and says so in the table.
import * as Plot from '@observablehq/plot';
import { h } from './dom.js';
import { indicatorLabel, isDerived, isFewRespondents } from './figures.js';
import { formatNumber, formatValue } from './format.js';
import { t } from './i18n.js';
import { hasNumber, seriesTable, withGaps } from './trend.js';

/** The first year of a period ("2023-2024" → 2023). */
function year(period) {
  return Number(String(period).slice(0, 4));
}

/** The series as chart rows, or null when it has fewer than two periods with a number. */
export function chartRows(series) {
  const values = withGaps(series?.values ?? []);
  if (values.filter(hasNumber).length < 2) return null;
  return values.map((v) => ({ ...v, year: year(v.period), number: hasNumber(v) ? v.value : null, hollow: isDerived(v) || isFewRespondents(v) }));
}

/** A figure with the chart of `series` for `areaName`, or null when there is nothing to draw. */
export function seriesChart(series, areaName, { width = 520 } = {}) {
  const rows = chartRows(series);
  if (!rows) return null;
  const { indicator } = series;
  const label = indicatorLabel(indicator);
  const unit = indicator.unit && indicator.unit !== 'aantal' ? indicator.unit : '';
  const numbered = rows.filter((r) => r.number !== null);
  const first = numbered[0];
  const last = numbered.at(-1);
  const caption = t('storyChartCaption', {
    indicator: label,
    name: areaName,
    from: `${formatValue(first.number, indicator.unit)} (${first.period})`,
    to: `${formatValue(last.number, indicator.unit)} (${last.period})`,
  });
  // Ticks with as many decimals as the spread needs, so no two ticks read the same (7,5 7,5 7,6).
  const spread = Math.max(...numbered.map((r) => r.number)) - Math.min(...numbered.map((r) => r.number));
  const digits = spread < 0.5 ? 2 : spread < 5 ? 1 : 0;
  const svg = Plot.plot({
    width,
    height: 220,
    marginLeft: 64,
    inset: 8,
    ariaLabel: caption,
    style: { fontSize: '13px', background: 'transparent' },
    x: { label: null, tickFormat: 'd', ticks: Math.min(numbered.length, 7) },
    y: { label: unit ? `${label.length > 40 ? '' : label} (${unit})`.trim() : label.length > 40 ? null : label, grid: true, ticks: 4, tickFormat: (d) => formatNumber(d, digits), nice: true },
    marks: [
      // Gaps stay gaps: the line breaks where a year has no figure.
      Plot.lineY(rows, { x: 'year', y: 'number', stroke: '#154273', strokeWidth: 2 }),
      Plot.dot(
        rows.filter((r) => r.number !== null),
        { x: 'year', y: 'number', r: 4, stroke: '#154273', fill: (r) => (r.hollow ? '#ffffff' : '#154273') },
      ),
    ],
  });
  // One image with one text alternative (the caption): Plot's labels on its inner groups are not
  // allowed on elements without a role, and the table below carries the figures.
  for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
    inner.removeAttribute('aria-label');
    inner.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  const table = seriesTable(label, indicator.unit, rows, { sources: false });
  return h(
    'figure',
    { class: 'chapter__chart', dataset: { indicator: indicator.code, points: String(numbered.length) } },
    h('figcaption', {}, caption),
    svg,
    rows.some((r) => r.hollow && r.number !== null) ? h('p', { class: 'chapter__chart-note' }, t('storyChartHollow')) : null,
    h('details', {}, h('summary', {}, t('trendShowTable', { indicator: label })), table),
  );
}
