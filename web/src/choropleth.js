// From indicator values to what the map, legend and table show.
import { classify, colourFor, FEW_RESPONDENTS_COLOUR, legendRows } from './classify.js';
import { figureBadges, figureSuffix, indicatorLabel, isFewRespondents } from './figures.js';
import { formatDifference, formatValue } from './format.js';
import { h } from './dom.js';
import { pageLang, t } from './i18n.js';

/** Whether an indicator counts things: then the city's figure is a total, not an average. */
export function isCount(unit) {
  return /^aantal/i.test(String(unit ?? ''));
}

// Units formatValue already writes into the number (%, ha, km², euro) or that need no word beside it.
const UNIT_IN_NUMBER = new Set(['%', 'ha', 'km²', 'euro', '€']);
const UNIT_UNSAID = /^(aantal|rapportcijfer|categorie|cijfer|index)/i;

/**
 * A number with its unit, always: "12,5 %", "€ 1.234", and for other units the unit beside it
 * ("841 € × 1000", "3,2 per 1000 inwoners"), so a tooltip or legend never shows a bare "841".
 */
export function formatWithUnit(value, unit) {
  const text = formatValue(value, unit);
  if (!text || !unit || UNIT_IN_NUMBER.has(unit) || UNIT_UNSAID.test(unit)) return text;
  return `${text} ${unitLabel(unit)}`;
}

/** The sources' units (Dutch) in English, so an English page does not mix languages. */
const UNITS_EN = {
  'x 1 000 euro': '× €1,000',
  'per km2 land': 'per km² of land',
  'personen per huishouden': 'people per household',
  'per 1 000 mannen': 'per 1,000 men',
  jaren: 'years',
  'aantal huishoudens': 'households',
  'per huishouden': 'per household',
  'inwoners per km2': 'inhabitants per km²',
  'adressen per km2': 'addresses per km²',
};

/** A unit as the page writes it: in English on an English page, "km2" as "km²" in both. */
export function unitLabel(unit) {
  const text = pageLang() === 'en' ? (UNITS_EN[unit] ?? unit) : unit;
  return text
    .replace(/\bkm2\b/g, 'km²')
    .replace(/\bm2\b/g, 'm²')
    .replace(/\bm3\b/g, 'm³');
}

/** The text of a value: formatted with its unit, or "geen gegevens". */
export function valueText(row, unit) {
  if (row.status === 'SUPPRESSED') return t('suppressed');
  if (row.status !== 'PRESENT') return t('noData');
  if (row.category) return row.category;
  return formatWithUnit(row.value, unit) || t('noData');
}

/** The text of a value with its notes, for tooltips and live text: "7,1 (weinig respondenten)". */
export function valueWithNotes(row, unit) {
  return row.status === 'PRESENT' ? `${valueText(row, unit)}${figureSuffix(row)}` : valueText(row, unit);
}

/** A table cell's content: the value and, beside it, its notes ("weinig respondenten", "berekend"). */
export function valueCell(row, unit) {
  return [valueText(row, unit), row.status === 'PRESENT' ? figureBadges(row) : null];
}

/**
 * Everything a choropleth needs from an indicator's values: classification, per-code entries,
 * legend. Figures on few respondents are kept out of the class breaks: they get their own fill (a
 * dotted overlay on the map) and legend row, and keep their value in tooltips and the table.
 */
export function buildChoropleth(indicator, rows, key) {
  const numeric = indicator.valueKind !== 'CATEGORY';
  const present = (r) => r.status === 'PRESENT' && (!numeric || typeof r.value === 'number');
  const few = rows.filter((r) => present(r) && isFewRespondents(r));
  const normal = rows.filter((r) => !(present(r) && isFewRespondents(r)));
  const classification = numeric ? classify(normal.filter(present).map((r) => r.value)) : { breaks: [], classes: [] };
  const cityAverage = rows.find((r) => typeof r.cityAverage === 'number')?.cityAverage ?? null;
  const byCode = new Map();
  for (const row of rows) {
    const noData = !present(row);
    const isFew = !noData && isFewRespondents(row);
    byCode.set(row.area.code, {
      colour: noData ? undefined : isFew ? FEW_RESPONDENTS_COLOUR : colourFor(classification, row.value),
      text: valueWithNotes(row, indicator.unit),
      noData,
      few: isFew,
    });
  }
  const legend = legendRows(classification, normal, {
    format: (v) => formatWithUnit(v, indicator.unit),
    noData: t('noData'),
    // A city total is no value an area could have: mark no class for it.
    cityAverage: isCount(indicator.unit) ? null : cityAverage,
  });
  if (few.length) {
    legend.push({ colour: FEW_RESPONDENTS_COLOUR, label: t('fewRespondentsLegend'), count: few.length, holdsCityAverage: false, noData: false, few: true });
  }
  return { key, byCode, legend, cityAverage, noDataText: t('noData') };
}

/** The legend: a list of swatches with their ranges and counts, "geen gegevens" hatched, the city average marked. */
export function renderLegend(choropleth, indicator, gemeenteName = '') {
  const gemeente = gemeenteName;
  const items = choropleth.legend.map((row) =>
    h(
      'li',
      { class: 'legend__row' },
      h('span', {
        class: `legend__swatch${row.noData ? ' legend__swatch--nodata' : ''}${row.few ? ' legend__swatch--few' : ''}`,
        style: row.noData || row.few ? null : `background:${row.colour}`,
        'aria-hidden': 'true',
      }),
      h('span', { class: 'legend__label' }, row.label),
      ' ',
      h('span', { class: 'legend__count' }, `(${t('legendCount', { count: row.count })})`),
      row.holdsCityAverage
        ? h('span', { class: 'legend__average' }, ' ◆ ', t(isCount(indicator.unit) ? 'legendCityTotal' : 'legendCityAverage', { value: formatValue(choropleth.cityAverage, indicator.unit) }))
        : null,
    ),
  );
  return h(
    'div',
    { class: 'legend' },
    // A label, not a heading: on the story page the legend comes before any h2 (heading order).
    h('p', { class: 'legend__heading' }, `${t('legendHeading')}: ${indicatorLabel(indicator)}${indicator.unit && indicator.unit !== 'aantal' ? ` (${indicator.unit})` : ''}`),
    h('ul', { class: 'legend__list' }, items),
    choropleth.cityAverage !== null
      ? h(
          'p',
          { class: 'legend__city' },
          '◆ ',
          t(isCount(indicator.unit) ? 'legendCityTotalValue' : 'legendCityAverageValue', { value: formatValue(choropleth.cityAverage, indicator.unit), gemeente }),
        )
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
