import { describe, expect, test } from 'vitest';
import { latestPerIndicator } from './profile.js';

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
});
