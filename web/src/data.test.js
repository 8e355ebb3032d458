import { describe, expect, test } from 'vitest';
import { periodsWithFigures } from './data.js';

describe('periods with figures', () => {
  const coverage = new Map([
    [
      'AantalInwoners_5',
      [
        { level: 'GEMEENTE', period: '2013', areasWithFigure: 1, areas: 1 },
        { level: 'WIJK', period: '2024', areasWithFigure: 16, areas: 16 },
        { level: 'WIJK', period: '2025', areasWithFigure: 16, areas: 16 },
      ],
    ],
  ]);

  test('are those of the level, oldest first', () => {
    expect(periodsWithFigures(coverage, 'AantalInwoners_5', 'WIJK', ['2013', '2024', '2025'])).toEqual(['2024', '2025']);
    expect(periodsWithFigures(coverage, 'AantalInwoners_5', 'BUURT', ['2013', '2024', '2025'])).toEqual([]);
    expect(periodsWithFigures(coverage, 'Onbekend', 'WIJK', ['2025'])).toEqual([]);
  });

  test('are all periods when the server cannot say', () => {
    expect(periodsWithFigures(null, 'AantalInwoners_5', 'BUURT', ['2024', '2025'])).toEqual(['2024', '2025']);
  });
});
