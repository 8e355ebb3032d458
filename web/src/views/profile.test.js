import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from '../test-dom.js';
import { cityCell, latestPerIndicator, locatorOutlines, parentOf } from './profile.js';
import { setPageLang } from '../i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

installFakeDom();

const ind = (code, theme = 'bevolking') => ({ code, label: code, theme });

describe('area profile figures', () => {
  test('takes per indicator the latest period the city can be compared in, else the latest', () => {
    const rows = latestPerIndicator([
      { indicator: ind('a'), period: '2024', value: 1, cityAverage: 2 },
      { indicator: ind('a'), period: '2025', value: 1, cityAverage: null },
      { indicator: ind('b'), period: '2023', value: 1, cityAverage: null },
      { indicator: ind('b'), period: '2025', value: 3, cityAverage: null },
    ]);
    expect(rows.map((r) => `${r.indicator.code}:${r.period}`)).toEqual(['a:2024', 'b:2025']);
  });

  test('compares with the other buurten, said as such, where the city has no figure', () => {
    const peers = { level: 'BUURT', count: 54, median: 7.5, rank: 50 };
    setPageLang('nl');
    expect(cityCell({ cityAverage: null, peers }, 'rapportcijfer 1-10').textContent).toBe('Geen cijfer van de gemeente; mediaan 7,5van 54 buurten · plaats 50');
    setPageLang('en');
    expect(cityCell({ cityAverage: null, peers: { ...peers, rank: null } }, 'rapportcijfer 1-10').textContent).toBe('No figure for the municipality; median 7.5of 54 buurten');
    setPageLang('nl');
    expect(cityCell({ cityAverage: 7.4, peers }, 'rapportcijfer 1-10')).toBe('7,4');
    expect(cityCell({ cityAverage: null, peers: { ...peers, count: 2 } }, '%')).toBe('geen gegevens');
  });
});

describe('the locator map of a profile', () => {
  const gemeente = { code: 'GM0193', name: 'Zwolle', level: 'GEMEENTE' };
  const stadsdeel = { code: 'SD019302', name: 'Noord', level: 'STADSDEEL' };
  const wijk = { code: 'WK019330', name: 'Holtenbroek', level: 'WIJK' };

  test('the parent is the nearest area above, whatever the order of the ancestors', () => {
    expect(parentOf({ level: 'BUURT', ancestors: [gemeente, stadsdeel, wijk] })).toBe(wijk);
    expect(parentOf({ level: 'WIJK', ancestors: [stadsdeel, gemeente] })).toBe(stadsdeel);
    expect(parentOf({ level: 'GEMEENTE', ancestors: [] })).toBeNull();
  });

  test('outlines the parent around the area and its children per level, never the whole gemeente', () => {
    const area = {
      ...wijk,
      ancestors: [gemeente, stadsdeel],
      children: [
        { code: 'BU01933000', level: 'BUURT' },
        { code: 'BU01933001', level: 'BUURT' },
      ],
    };
    expect(locatorOutlines(area)).toEqual([
      { level: 'STADSDEEL', codes: ['SD019302'], kind: 'parent' },
      { level: 'BUURT', codes: ['BU01933000', 'BU01933001'], kind: 'children' },
    ]);
    expect(locatorOutlines({ ...stadsdeel, ancestors: [gemeente], children: [] })).toEqual([]);
  });
});
