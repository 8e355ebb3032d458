import { describe, expect, test } from 'vitest';
import { addressSearchUrl, looksLikeAddress, matchAreas, normalise, parseLocatieserver } from './search.js';

const areas = [
  { code: 'WK019330', name: 'Wijk 30 Holtenbroek', level: 'WIJK' },
  { code: 'BU01933000', name: 'Holtenbroek IV', level: 'BUURT' },
  { code: 'BU01931100', name: 'Diezerpoort', level: 'BUURT' },
  { code: 'BU01931200', name: 'Assendorp-Zuid', level: 'BUURT' },
];

describe('find my buurt', () => {
  test('matches names without case or accents, names that start with the query first', () => {
    expect(normalise('Één  Straat-Zuid')).toBe('een straat zuid');
    expect(matchAreas(areas, 'holtenbroek').map((a) => a.code)).toEqual(['BU01933000', 'WK019330']);
    expect(matchAreas(areas, 'assendorp zuid').map((a) => a.code)).toEqual(['BU01931200']);
    expect(matchAreas(areas, '   ')).toEqual([]);
  });
  test('tells addresses and postcodes from names', () => {
    expect(looksLikeAddress('8011 LW')).toBe(true);
    expect(looksLikeAddress('Grote Markt 1')).toBe(true);
    expect(looksLikeAddress('Holtenbroek')).toBe(false);
  });
  test('reads the Locatieserver answer', () => {
    const body = {
      response: {
        numFound: 2,
        docs: [
          { type: 'adres', weergavenaam: 'Dobbe 70, 8032JX Zwolle', centroide_ll: 'POINT(6.0889 52.5218)' },
          { type: 'weg', weergavenaam: 'Zonder punt' },
        ],
      },
    };
    expect(parseLocatieserver(body)).toEqual([{ label: 'Dobbe 70, 8032JX Zwolle', type: 'adres', lon: 6.0889, lat: 52.5218 }]);
    expect(parseLocatieserver({})).toEqual([]);
    expect(addressSearchUrl('Dobbe 70')).toBe('/api/adressen?q=Dobbe+70');
  });
});
