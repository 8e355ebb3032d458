import { describe, expect, it } from 'vitest';
import { compareAreas, sortAreas } from './sort.js';

const names = (areas) => areas.map((a) => a.name);

describe('list sorting', () => {
  it('sorts by name in Dutch collation, ignoring case and accents', () => {
    const areas = [
      { code: '3', name: 'Zuid' },
      { code: '1', name: 'ittersum' },
      { code: '2', name: 'Éénhoorn' },
      { code: '4', name: 'Aa-landen' },
    ];
    expect(names(sortAreas(areas))).toEqual(['Aa-landen', 'Éénhoorn', 'ittersum', 'Zuid']);
  });

  it('agrees with localeCompare("nl") on plain names', () => {
    const plain = ['Berkum', 'Assendorp', 'Holtenbroek I', 'Holtenbroek IV', 'Binnenstad-Zuid', 'Binnenstad-Noord'];
    const expected = [...plain].sort((a, b) => a.localeCompare(b, 'nl'));
    expect(names(sortAreas(plain.map((name, i) => ({ code: String(i), name }))))).toEqual(expected);
  });

  it('orders numbers in names by value', () => {
    const areas = [
      { code: 'b', name: 'Wijk 10' },
      { code: 'a', name: 'Wijk 9' },
    ];
    expect(names(sortAreas(areas))).toEqual(['Wijk 9', 'Wijk 10']);
  });

  it('breaks ties by code and leaves the input alone', () => {
    const areas = [
      { code: 'WK2', name: 'Gelijk' },
      { code: 'WK1', name: 'gelijk' },
    ];
    expect(sortAreas(areas).map((a) => a.code)).toEqual(['WK1', 'WK2']);
    expect(areas[0].code).toBe('WK2');
    expect(compareAreas(areas[0], areas[0])).toBe(0);
  });
});
