import { describe, expect, test } from 'vitest';
import { DICTIONARIES, levelWord, t } from './i18n.js';

describe('UI strings', () => {
  test('fills placeholders and falls back to Dutch', () => {
    expect(t('nl', 'atlasTitle', { plural: 'Wijken', gemeente: 'Geldrop-Mierlo' })).toBe('Wijken in Geldrop-Mierlo');
    expect(t('en', 'searchResults', { count: 2, q: 'x' })).toBe('2 results for “x”.');
    expect(t('fr', 'noData')).toBe('geen gegevens');
  });
  test('every Dutch string has an English twin and the other way round', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.nl).sort());
  });
  test('no string names a particular gemeente: each takes {gemeente}', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) expect(`${key}: ${text}`).not.toMatch(/Zwolle|Geldrop|GM\d{4}/);
    }
    expect(t('en', 'brand', { gemeente: 'Geldrop-Mierlo' })).toBe('Wijkatlas Geldrop-Mierlo');
  });
  test('names levels in both languages', () => {
    expect(levelWord('nl', 'BUURT', true)).toBe('Buurten');
    expect(levelWord('en', 'STADSDEEL')).toBe('District');
  });
});
