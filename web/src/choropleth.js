// From indicator values to what the map, legend and table show.
import { classify, colourFor, legendRows } from './classify.js';
import { formatDifference, formatValue } from './format.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** Whether an indicator counts things: then the city's figure is a total, not an average. */
export function isCount(unit) {
  return /^aantal/i.test(String(unit ?? ''));
}

/** The text of a value: formatted with its unit, or "geen gegevens". */
export function valueText(lang, row, unit) {
  if (row.status === 'SUPPRESSED') return t(lang, 'suppressed');
  if (row.status !== 'PRESENT') return t(lang, 'noData');
  if (row.category) return row.category;
  return formatValue(row.value, unit, lang) || t(lang, 'noData');
}

/** Everything a choropleth needs from an indicator's values: classification, per-code entries, legend. */
export function buildChoropleth(lang, indicator, rows, key) {
  const numeric = indicator.valueKind !== 'CATEGORY';
  const present = rows.filter((r) => r.status === 'PRESENT' && typeof r.value === 'number');
  const classification = numeric ? classify(present.map((r) => r.value)) : { breaks: [], classes: [] };
  const cityAverage = rows.find((r) => typeof r.cityAverage === 'number')?.cityAverage ?? null;
  const byCode = new Map();
  for (const row of rows) {
    const noData = row.status !== 'PRESENT' || (numeric && typeof row.value !== 'number');
    byCode.set(row.area.code, {
      colour: noData ? undefined : colourFor(classification, row.value),
      text: valueText(lang, row, indicator.unit),
      noData,
    });
  }
  const legend = legendRows(classification, rows, {
    format: (v) => formatValue(v, indicator.unit, lang),
    noData: t(lang, 'noData'),
    // A city total is no value an area could have: mark no class for it.
    cityAverage: isCount(indicator.unit) ? null : cityAverage,
  });
  return { key, byCode, legend, cityAverage, noDataText: t(lang, 'noData') };
}

/** The legend: a list of swatches with their ranges and counts, "geen gegevens" hatched, the city average marked. */
export function renderLegend(lang, choropleth, indicator) {
  const items = choropleth.legend.map((row) =>
    h(
      'li',
      { class: 'legend__row' },
      h('span', { class: `legend__swatch${row.noData ? ' legend__swatch--nodata' : ''}`, style: row.noData ? null : `background:${row.colour}`, 'aria-hidden': 'true' }),
      h('span', { class: 'legend__label' }, row.label),
      ' ',
      h('span', { class: 'legend__count' }, `(${t(lang, 'legendCount', { count: row.count })})`),
      row.holdsCityAverage
        ? h('span', { class: 'legend__average' }, ' ◆ ', t(lang, isCount(indicator.unit) ? 'legendCityTotal' : 'legendCityAverage', { value: formatValue(choropleth.cityAverage, indicator.unit, lang) }))
        : null,
    ),
  );
  return h(
    'div',
    { class: 'legend' },
    // A label, not a heading: on the story page the legend comes before any h2 (heading order).
    h('p', { class: 'legend__heading' }, `${t(lang, 'legendHeading')}: ${indicator.label}${indicator.unit && indicator.unit !== 'aantal' ? ` (${indicator.unit})` : ''}`),
    h('ul', { class: 'legend__list' }, items),
    choropleth.cityAverage !== null
      ? h('p', { class: 'legend__city' }, '◆ ', t(lang, isCount(indicator.unit) ? 'legendCityTotalValue' : 'legendCityAverageValue', { value: formatValue(choropleth.cityAverage, indicator.unit, lang) }))
      : null,
  );
}

/** Sorts rows by column: 'name', 'value' or 'difference'; missing values always last. */
export function sortRows(rows, column, direction = 'ascending') {
  const sign = direction === 'descending' ? -1 : 1;
  const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  const key = (r) => (column === 'value' ? r.value : column === 'difference' ? r.differenceFromCityAverage : null);
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * collator.compare(a.area.name, b.area.name);
    const ka = key(a);
    const kb = key(b);
    const ma = typeof ka !== 'number';
    const mb = typeof kb !== 'number';
    if (ma || mb) return ma === mb ? collator.compare(a.area.name, b.area.name) : ma ? 1 : -1;
    return sign * (ka - kb) || collator.compare(a.area.name, b.area.name);
  });
}

export { formatDifference };
