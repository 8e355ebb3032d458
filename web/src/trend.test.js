import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { sparklinePoints, trendSeries, trendsSection, withGaps } from './trend.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

installFakeDom();

const v = (period, value, extra = {}) => ({ period, value, status: value === null ? 'MISSING' : 'PRESENT', source: { title: `CBS ${period}` }, ...extra });
const inhabitants = {
  indicator: { code: 'AantalInwoners_5', label: 'Aantal inwoners', labelEn: 'Inhabitants', unit: 'aantal', valueKind: 'NUMBER' },
  values: [v('2012', 122000), v('2013', null), v('2014', 124000), v('2015', 133000)],
};
const single = { indicator: { code: 'x', label: 'X', unit: '%', valueKind: 'NUMBER' }, values: [v('2024', 5), v('2025', null)] };
const survey = {
  indicator: { code: 'bvb', label: 'Rapportcijfer', unit: 'rapportcijfer', valueKind: 'NUMBER' },
  values: [v('2018', 7.1, { reliability: 'FEW_RESPONDENTS' }), v('2020', 7.3, { reliability: 'FEW_RESPONDENTS' })],
};

describe('trends', () => {
  test('only series with two periods that have a number, key indicators first', () => {
    expect(trendSeries([survey, single, inhabitants]).map((s) => s.indicator.code)).toEqual(['AantalInwoners_5', 'bvb']);
    expect(trendSeries([])).toEqual([]);
  });
  test('a missing period is a gap in the line, never a point at 0', () => {
    const { segments, min, max } = sparklinePoints(inhabitants.values, 240, 60);
    expect(segments.map((s) => s.map((p) => p.v.period))).toEqual([['2012'], ['2014', '2015']]);
    expect(min).toBe(122000);
    expect(max).toBe(133000);
    expect(segments.flat().every((p) => p.y >= 0 && p.y <= 60)).toBe(true);
  });
  test('renders a titled line and a table with periods, values, "geen gegevens" and sources', () => {
    setPageLang('en');
    const section = trendsSection({ name: 'Zwolle' }, [inhabitants, survey]);
    const items = section.querySelectorAll('li');
    expect(items).toHaveLength(2);
    const first = items[0];
    expect(first.querySelector('h3').textContent).toBe('Inhabitants');
    expect(first.querySelector('title').textContent).toBe('Inhabitants in Zwolle, 2012 to 2015: from 122,000 (2012) to 133,000 (2015)');
    expect(first.querySelectorAll('polyline')).toHaveLength(1);
    expect(first.querySelectorAll('circle')).toHaveLength(3);
    const cells = first.querySelectorAll('tbody td').map((c) => c.textContent);
    expect(cells).toEqual(['122,000', 'CBS 2012', 'no data', 'CBS 2013', '124,000', 'CBS 2014', '133,000', 'CBS 2015']);
    expect(items[1].querySelector('.trend__summary').textContent).toBe('7.3 (few respondents) (2020)');
    expect(items[1].querySelector('tbody td .figure-badge--few').textContent).toBe('few respondents');
  });
  test('fills the years the server has no figure for as gaps', () => {
    const filled = withGaps([v('2012', 1), v('2015', 2)]);
    expect(filled.map((x) => `${x.period}:${x.status}`)).toEqual(['2012:PRESENT', '2013:MISSING', '2014:MISSING', '2015:PRESENT']);
    expect(filled[1].value).toBeNull();
    expect(withGaps([v('2020-2021', 1), v('2023-2024', 2)]).map((x) => x.period)).toEqual(['2020-2021', '2023-2024']);
    const { segments } = sparklinePoints(filled, 100, 20);
    expect(segments).toHaveLength(2);
  });
  test('no section without a series worth a line', () => {
    setPageLang('nl');
    expect(trendsSection({ name: 'X' }, [single])).toBeNull();
  });
});
