import { describe, expect, test } from 'vitest';
import { classify, classIndex, classLabel, colourFor, legendRows, NO_DATA_COLOUR, PALETTE } from './classify.js';

describe('choropleth classification', () => {
  test('makes five quantile classes over the present values', () => {
    const c = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.classes).toHaveLength(5);
    expect(c.breaks[0]).toBe(1);
    expect(c.breaks.at(-1)).toBe(10);
    expect(c.classes.map((k) => k.colour)).toEqual(PALETTE);
    for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]).toBeGreaterThan(c.breaks[i - 1]);
  });
  test('ignores missing values instead of counting them as 0', () => {
    const c = classify([null, undefined, NaN, 5, 6, 7]);
    expect(c.breaks[0]).toBe(5);
    expect(classIndex(c, null)).toBe(-1);
    expect(colourFor(c, null)).toBe(NO_DATA_COLOUR);
  });
  test('puts every value in a class, the maximum in the last', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    const c = classify(values);
    for (const v of values) expect(classIndex(c, v)).toBeGreaterThanOrEqual(0);
    expect(classIndex(c, 9)).toBe(c.classes.length - 1);
    expect(classIndex(c, 1)).toBe(0);
  });
  test('collapses equal breaks and handles one value', () => {
    expect(classify([2, 2, 2]).classes).toHaveLength(1);
    expect(classify([]).classes).toHaveLength(0);
    const few = classify([1, 1, 1, 1, 2]);
    expect(few.classes.length).toBeLessThanOrEqual(2);
    expect(new Set(few.classes.map((k) => k.colour)).size).toBe(few.classes.length);
  });
  test('the legend counts areas per class, labels the missing ones and marks the city average', () => {
    const rows = [
      { value: 1, status: 'PRESENT' },
      { value: 5, status: 'PRESENT' },
      { value: 9, status: 'PRESENT' },
      { value: null, status: 'MISSING' },
      { value: null, status: 'SUPPRESSED' },
    ];
    const c = classify(rows.map((r) => r.value));
    const legend = legendRows(c, rows, { cityAverage: 8.9, format: (v) => String(v) });
    expect(legend.at(-1)).toMatchObject({ label: 'geen gegevens', count: 2, noData: true });
    expect(legend.filter((r) => r.holdsCityAverage)).toHaveLength(1);
    expect(legend.filter((r) => r.holdsCityAverage)[0].label).toMatch(/9$/);
    expect(legend.reduce((s, r) => s + r.count, 0)).toBe(5);
  });
  test('legend classes never share a boundary: all but the last are half-open, as classIndex assigns', () => {
    const values = [265, 300, 343, 350, 360, 370, 388, 400, 420, 500];
    const c = classify(values);
    const rows = values.map((value) => ({ value, status: 'PRESENT' }));
    const labels = legendRows(c, rows, { format: (v) => String(Math.round(v)) }).map((r) => r.label);
    for (let i = 0; i < labels.length - 1; i++) expect(labels[i]).toMatch(/^\d+ – < \d+$/);
    expect(labels.at(-1)).toMatch(/^\d+ – 500$/);
    // A value equal to a class's upper bound is counted in the next class, as its label says.
    const upper = c.classes[0].max;
    expect(classIndex(c, upper)).toBe(1);
    expect(classLabel({ min: 1, max: 1 }, 0, 3, String)).toBe('1');
  });
});
