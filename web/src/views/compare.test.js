import { afterEach, describe, expect, test, vi } from 'vitest';
import { compareQuery, compareRows, loadAreas, unitSuffix } from './compare.js';
import { compareEmbedUrl, compareUrl, parseRoute } from '../url-state.js';
import { setPageLang } from '../i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

const v = (code, value, period = '2025', extra = {}) => ({
  indicator: { code, label: code, unit: 'aantal' },
  period,
  value,
  status: value === null ? 'MISSING' : 'PRESENT',
  cityAverage: 100,
  ...extra,
});

describe('compare', () => {
  test('the URL holds two to four codes in order, each once; malformed ones dropped', () => {
    expect(parseRoute('/vergelijk', '?gebieden=WK019330,WK019311,WK019330,<x>')).toMatchObject({ view: 'compare', codes: ['WK019330', 'WK019311'] });
    expect(parseRoute('/embed/vergelijk', '?gebieden=A1,B2,C3,D4,E5').codes).toHaveLength(4);
    setPageLang('en');
    expect(compareUrl(['WK019330', 'WK019311'])).toBe('/vergelijk?gebieden=WK019330,WK019311&taal=en');
    setPageLang('nl');
    expect(compareEmbedUrl(['WK019330'])).toBe('/embed/vergelijk?gebieden=WK019330');
  });
  test('key indicators first; shared ones only when every area has a figure; none when no area has one', () => {
    const a = { indicatorValues: [v('AantalInwoners_5', 10), v('x', 1), v('y', 2), v('z', null)] };
    const b = { indicatorValues: [v('AantalInwoners_5', null), v('x', 3)] };
    const rows = compareRows([a, b]);
    expect(rows.key.map((r) => r.indicator.code)).toEqual(['AantalInwoners_5']);
    expect(rows.key[0].cells.map((c) => c?.value ?? null)).toEqual([10, null]);
    expect(rows.shared.map((r) => r.indicator.code)).toEqual(['x']);
    expect(compareRows([a, b], { all: true }).others.map((r) => r.indicator.code)).toEqual(['y']);
  });
  test('/vergelijk without gebieden asks the server nothing (an empty operation is a parse error)', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request expected')));
    vi.stubGlobal('fetch', fetch);
    try {
      expect(await loadAreas([])).toEqual([]);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
  test("a row heading names the unit once: not after a count, not when the indicator's name already says it", () => {
    expect(unitSuffix('Bevolkingsdichtheid (inwoners per km2 land)', 'inwoners per km2')).toBe('');
    expect(unitSuffix('Gemiddelde WOZ-waarde', 'x 1000 euro')).toBe(' (x 1000 euro)');
    expect(unitSuffix('Aantal inwoners (1 januari)', 'aantal')).toBe('');
    expect(unitSuffix('Aandeel 65-plussers', '%')).toBe(' (%)');
    expect(unitSuffix('Oppervlakte land', 'km2')).toBe(' (km²)');
  });
  test('one query for all areas, by alias', () => {
    expect(compareQuery(3)).toMatch(/area2: area\(code: \$c2\)/);
  });
});
