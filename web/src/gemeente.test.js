import { describe, expect, test } from 'vitest';
import { areasIn, gemeenteOf, gemeentenFrom, inGemeente, valuesFor } from './gemeente.js';

const gm = { code: 'GM1771', name: 'Geldrop-Mierlo', level: 'GEMEENTE' };
const buurt = { code: 'BU17710005', name: 'Braakhuizen-Zuid', level: 'BUURT', ancestors: [gm, { code: 'WK177100', name: 'Geldrop', level: 'WIJK' }] };
const zwolleWijk = { code: 'WK019330', name: 'Holtenbroek', level: 'WIJK', ancestors: [{ code: 'GM0193', name: 'Zwolle', level: 'GEMEENTE' }] };

describe('gemeente', () => {
  test('a profile finds its gemeente among the ancestors', () => {
    expect(gemeenteOf(buurt)).toEqual(gm);
    expect(gemeenteOf(gm)).toEqual(gm);
    expect(gemeenteOf({ code: 'X', level: 'WIJK', parent: gm })).toEqual(gm);
    expect(gemeenteOf({ code: 'X', level: 'GEBIED', ancestors: [] })).toBeNull();
  });
  test('keeps the areas and figures of one gemeente', () => {
    expect(inGemeente(buurt, 'GM1771')).toBe(true);
    expect(inGemeente(buurt, 'GM0193')).toBe(false);
    expect(areasIn([buurt, zwolleWijk], 'GM0193')).toEqual([zwolleWijk]);
    const indicator = { code: 'i', values: [{ area: { code: 'BU17710005' } }, { area: { code: 'WK019330' } }] };
    expect(valuesFor(indicator, [buurt]).values).toEqual([{ area: { code: 'BU17710005' } }]);
    expect(indicator.values).toHaveLength(2);
  });
  test('lists the gemeenten by name', () => {
    const data = { areas: { edges: [{ node: { code: 'GM0193', name: 'Zwolle' } }, { node: { code: 'GM1771', name: 'Geldrop-Mierlo' } }] } };
    expect(gemeentenFrom(data).map((g) => g.code)).toEqual(['GM1771', 'GM0193']);
  });
});
