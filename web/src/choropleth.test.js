import { afterEach, describe, expect, test } from 'vitest';
import { buildChoropleth, formatWithUnit, sortRows, unitLabel, valueText } from './choropleth.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

const rows = [
  { area: { code: 'A', name: 'Wijk 10' }, value: 5, status: 'PRESENT', cityAverage: 6, differenceFromCityAverage: -1 },
  { area: { code: 'B', name: 'Wijk 2' }, value: null, status: 'MISSING', cityAverage: 6, differenceFromCityAverage: null },
  { area: { code: 'C', name: 'Wijk 3' }, value: 8.25, status: 'PRESENT', cityAverage: 6, differenceFromCityAverage: 2.25 },
  { area: { code: 'D', name: 'Wijk 1' }, value: null, status: 'SUPPRESSED', cityAverage: 6, differenceFromCityAverage: null },
];

describe('choropleth data', () => {
  test('missing and suppressed values read "geen gegevens", never 0', () => {
    setPageLang('nl');
    expect(valueText(rows[1], '%')).toBe('geen gegevens');
    expect(valueText(rows[3], '%')).toMatch(/^geen gegevens/);
    expect(valueText(rows[2], '%')).toBe('8,3 %');
    setPageLang('en');
    expect(valueText(rows[1], '%')).toBe('no data');
  });
  test('marks the areas without a figure and the city average', () => {
    setPageLang('nl');
    const c = buildChoropleth({ unit: '%', valueKind: 'NUMBER' }, rows, 'X/2024');
    expect(c.byCode.get('B')).toMatchObject({ noData: true, text: 'geen gegevens' });
    expect(c.byCode.get('A').noData).toBe(false);
    expect(c.cityAverage).toBe(6);
    expect(c.legend.at(-1)).toMatchObject({ noData: true, count: 2 });
  });
  test('sorts by name (numbers as numbers) and by value with missing last', () => {
    expect(sortRows(rows, 'name').map((r) => r.area.code)).toEqual(['D', 'B', 'C', 'A']);
    expect(sortRows(rows, 'value').map((r) => r.area.code)).toEqual(['A', 'C', 'D', 'B']);
    expect(sortRows(rows, 'value', 'descending').map((r) => r.area.code)).toEqual(['C', 'A', 'D', 'B']);
  });
});

describe('counts', () => {
  test('a count compares with the city total, which marks no class', async () => {
    const { isCount } = await import('./choropleth.js');
    expect(isCount('aantal')).toBe(true);
    expect(isCount('%')).toBe(false);
    setPageLang('nl');
    const c = buildChoropleth({ unit: 'aantal', valueKind: 'NUMBER' }, rows, 'k');
    expect(c.legend.some((r) => r.holdsCityAverage)).toBe(false);
  });
});

describe('figures on few respondents and derived figures', () => {
  const survey = [
    { area: { code: 'A', name: 'A' }, value: 6, status: 'PRESENT', reliability: 'NORMAL' },
    { area: { code: 'B', name: 'B' }, value: 7, status: 'PRESENT', reliability: 'NORMAL' },
    { area: { code: 'C', name: 'C' }, value: 9.9, status: 'PRESENT', reliability: 'FEW_RESPONDENTS', reliabilityNote: 'Weinig respondenten.' },
    { area: { code: 'D', name: 'D' }, value: null, status: 'MISSING' },
  ];
  test('are kept out of the class breaks, drawn apart and get their own legend row', () => {
    setPageLang('nl');
    const c = buildChoropleth({ unit: 'rapportcijfer', valueKind: 'NUMBER' }, survey, 'k');
    const classRows = c.legend.filter((r) => !r.noData && !r.few);
    expect(Math.max(...classRows.map((r) => Number(r.label.split(' – ').at(-1).replace('< ', '').replace(',', '.'))))).toBe(7);
    expect(c.byCode.get('C')).toMatchObject({ few: true, noData: false, colour: '#ffffff', text: '9,9 (weinig respondenten)' });
    expect(c.legend.at(-1)).toMatchObject({ few: true, count: 1, label: 'weinig respondenten (niet ingedeeld in een klasse)' });
    expect(c.legend.find((r) => r.noData)).toMatchObject({ count: 1 });
    expect(classRows.reduce((n, r) => n + r.count, 0)).toBe(2);
  });
  test('rows without the newer fields classify as before', () => {
    const plain = survey.map(({ reliability, reliabilityNote, ...row }) => row);
    setPageLang('en');
    const c = buildChoropleth({ unit: 'rapportcijfer', valueKind: 'NUMBER' }, plain, 'k');
    expect(c.legend.some((r) => r.few)).toBe(false);
    expect(c.byCode.get('C')).toMatchObject({ few: false, text: '9.9' });
  });
});

describe('units in tooltips and legend', () => {
  const money = [
    { area: { code: 'A', name: 'Wijk A' }, value: 841, status: 'PRESENT', cityAverage: 700 },
    { area: { code: 'B', name: 'Wijk B' }, value: 512, status: 'PRESENT', cityAverage: 700 },
    { area: { code: 'C', name: 'Wijk C' }, value: 633, status: 'PRESENT', cityAverage: 700 },
  ];
  test('a value in € × 1000 says so in the tooltip text and in every legend class', () => {
    setPageLang('nl');
    const c = buildChoropleth({ unit: '€ × 1000', valueKind: 'NUMBER' }, money, 'k');
    expect(c.byCode.get('A').text).toBe('841 € × 1000');
    for (const row of c.legend) expect(row.label).toMatch(/€ × 1000/);
  });
  test('units the number already carries or that need no word are not repeated', () => {
    setPageLang('nl');
    expect(formatWithUnit(12.5, '%')).toBe('12,5 %');
    expect(formatWithUnit(1234, 'aantal')).toBe('1.234');
    setPageLang('en');
    expect(formatWithUnit(7.1, 'rapportcijfer 1-10')).toBe('7.1');
    setPageLang('nl');
    expect(formatWithUnit(null, '€ × 1000')).toBe('');
  });
});

describe('units', () => {
  test('are written in the page language, with superscripts', () => {
    setPageLang('nl');
    expect(formatWithUnit(4698, 'inwoners per km2')).toBe('4.698 inwoners per km²');
    setPageLang('en');
    expect(formatWithUnit(4698, 'inwoners per km2')).toBe('4,698 inhabitants per km²');
    expect(unitLabel('jaren')).toBe('years');
    expect(unitLabel('kWh')).toBe('kWh');
  });
});
