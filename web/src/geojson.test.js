import { describe, expect, it } from 'vitest';
import fixture from './fixtures/areas-wijk.json';
import { bboxToBounds, unionBbox } from './geojson.js';

const areas = fixture.data.areas.edges.map((edge) => edge.node);

describe('geometry helpers', () => {
  it('turns a bbox into MapLibre bounds and rejects bad ones', () => {
    expect(bboxToBounds([6.0, 52.4, 6.2, 52.6])).toEqual([
      [6.0, 52.4],
      [6.2, 52.6],
    ]);
    expect(bboxToBounds([1, 2, 3])).toBeNull();
    expect(bboxToBounds(null)).toBeNull();
    expect(bboxToBounds([1, 2, 3, NaN])).toBeNull();
  });

  it('takes the bbox around all areas, ignoring bad ones', () => {
    expect(unionBbox(areas)).toEqual([6.08, 52.508, 6.11, 52.55]);
    expect(unionBbox([{ bbox: null }])).toBeNull();
    expect(unionBbox([])).toBeNull();
  });
});
