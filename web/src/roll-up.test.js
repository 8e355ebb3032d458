import { afterEach, describe, expect, test } from 'vitest';
import { areaTitle } from './levels.js';
import { contactsFor, rollUp } from './roll-up.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

const gemeente = { code: 'GM0193', name: 'Zwolle', level: 'GEMEENTE' };
const noord = { code: 'SD0193_NOORD', name: 'Noord', level: 'STADSDEEL' };
const holtenbroek = { code: 'WK019330', name: 'Wijk 30 Holtenbroek', level: 'WIJK' };
const buurt = { code: 'BU01933000', name: 'Holtenbroek IV', level: 'BUURT' };

describe('what happens in an area', () => {
  test('a stadsdeel shows the opgave of its wijk, labelled with the wijk', () => {
    const pilot = { id: 'o1', areas: [holtenbroek] };
    const { here, cityWide } = rollUp(noord, [gemeente], [pilot], new Map([[gemeente.code, [{ id: 'c1', areas: [gemeente] }]]]));
    expect(here).toEqual([{ item: pilot, origin: { kind: 'below', areas: [holtenbroek] } }]);
    expect(cityWide.map((e) => e.item.id)).toEqual(['c1']);
  });

  test('a buurt shows what its wijk and stadsdeel do, nearest first, each once', () => {
    const own = { id: 'b', areas: [buurt] };
    const wijk = { id: 'w', areas: [holtenbroek] };
    const both = { id: 'x', areas: [holtenbroek, noord] };
    const above = new Map([
      [holtenbroek.code, [wijk, both]],
      [noord.code, [both, { id: 's', areas: [noord] }]],
    ]);
    const { here } = rollUp(buurt, [gemeente, noord, holtenbroek], [own], above);
    expect(here.map((e) => [e.item.id, e.origin.kind, e.origin.area?.code])).toEqual([
      ['b', 'own', undefined],
      ['w', 'above', 'WK019330'],
      ['x', 'above', 'WK019330'],
      ['s', 'above', 'SD0193_NOORD'],
    ]);
  });

  test('an item of the area itself and of others is its own', () => {
    const shared = { id: 'o', areas: [{ code: 'WK019311' }, holtenbroek] };
    expect(rollUp(holtenbroek, [], [shared], new Map()).here[0].origin).toEqual({ kind: 'own' });
  });

  test('titles name the level unless the name does', () => {
    setPageLang('nl');
    expect(areaTitle(noord)).toBe('Stadsdeel Noord');
    setPageLang('en');
    expect(areaTitle(noord)).toBe('District Noord');
    setPageLang('nl');
    expect(areaTitle(holtenbroek)).toBe('Wijk 30 Holtenbroek');
    expect(areaTitle(gemeente)).toBe('Gemeente Zwolle');
  });
});

describe('who to reach', () => {
  test('current organisations of the area and of its wijk and stadsdeel, the servicepunt first, not the city-wide ones', () => {
    const own = [
      { id: '1', name: 'Holtenbroek.com', kind: 'WIJKKRANT', historical: false },
      { id: '2', name: 'Wijkplatform Groen Holtenbroek', kind: 'WIJKPLATFORM', historical: true },
    ];
    const ancestors = [
      { ...gemeente, organisations: [{ id: '9', name: 'College van B&W', kind: 'GEMEENTE_AFDELING', historical: false }] },
      { ...noord, organisations: [{ id: '3', name: 'Wijkservicepunt Noord', kind: 'WIJKSERVICEPUNT', historical: false }, own[0]] },
    ];
    expect(contactsFor(own, ancestors).map((o) => o.name)).toEqual(['Wijkservicepunt Noord', 'Holtenbroek.com']);
  });
});
