import { afterEach, describe, expect, test } from 'vitest';
import { DICTIONARIES, levelWord, pageLang, setPageLang, t } from './i18n.js';
import { formatNumber, formatValue } from './format.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

describe('UI strings', () => {
  test('fills placeholders and falls back to Dutch', () => {
    setPageLang('nl');
    expect(t('atlasTitle', { plural: 'Wijken', gemeente: 'Geldrop-Mierlo' })).toBe('Wijken in Geldrop-Mierlo');
    setPageLang('en');
    expect(t('searchResults', { count: 2, q: 'x' })).toBe('2 results for “x”.');
    // A language the app does not have is Dutch.
    setPageLang('fr');
    expect(t('noData')).toBe('geen gegevens');
  });
  test('every Dutch string has an English twin and the other way round', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.nl).sort());
  });
  test('no string names a particular gemeente: each takes {gemeente}', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) expect(`${key}: ${text}`).not.toMatch(/Zwolle|Geldrop|GM\d{4}/);
    }
    setPageLang('en');
    expect(t('brand', { gemeente: 'Geldrop-Mierlo' })).toBe('Wijkatlas Geldrop-Mierlo');
  });
  test('names levels in both languages', () => {
    setPageLang('nl');
    expect(levelWord('BUURT', true)).toBe('Buurten');
    setPageLang('en');
    expect(levelWord('STADSDEEL')).toBe('District');
  });
  // Dutch first, then English: each language is set once and everything follows it.
  test.each([
    ['nl', 'geen gegevens', 'Stadsdelen', '10.597', '7,6 %'],
    ['en', 'no data', 'Districts', '10,597', '7.6 %'],
  ])('the strings, level names and number formats follow the page language set once (%s)', (lang, noData, districts, number, percent) => {
    setPageLang(lang);
    expect(pageLang()).toBe(lang);
    expect(t('noData')).toBe(noData);
    expect(levelWord('STADSDEEL', true)).toBe(districts);
    expect(formatNumber(10597)).toBe(number);
    expect(formatValue(7.6, '%')).toBe(percent);
  });
});
