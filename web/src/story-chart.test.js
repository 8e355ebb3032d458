import { describe, expect, test } from 'vitest';
import { chartRows } from './story-chart.js';

const v = (period, value, extra = {}) => ({ period, value, status: value === null ? 'MISSING' : 'PRESENT', ...extra });

describe('story chart rows', () => {
  test('missing years are gaps (no number), never 0', () => {
    const rows = chartRows({ indicator: { code: 'x' }, values: [v('2012', 10), v('2014', 12)] });
    expect(rows.map((r) => [r.year, r.number])).toEqual([
      [2012, 10],
      [2013, null],
      [2014, 12],
    ]);
  });
  test('derived and few-respondents figures are hollow', () => {
    const rows = chartRows({ indicator: { code: 'x' }, values: [v('2024', 1), v('2025', 2, { derivation: { method: 'SUM' } }), v('2026', 3, { reliability: 'FEW_RESPONDENTS' })] });
    expect(rows.map((r) => r.hollow)).toEqual([false, true, true]);
  });
  test('no chart for fewer than two figures', () => {
    expect(chartRows({ indicator: { code: 'x' }, values: [v('2024', 1), v('2025', null)] })).toBeNull();
  });
});
