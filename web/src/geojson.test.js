import { describe, expect, it } from 'vitest';
import fixture from './fixtures/areas-wijk.json';
import { bboxToBounds, labelPoints, unionBbox } from './geojson.js';

const areas = fixture.data.areas.edges.map((edge) => edge.node);

describe('geometry helpers', () => {
  it('makes label points', () => {
    const points = labelPoints(areas);
    expect(points.type).toBe('FeatureCollection');
    expect(points.features[0].geometry).toEqual({ type: 'Point', coordinates: [6.097, 52.527] });
    expect(points.features[0].properties).toEqual({ code: 'WK019330', name: 'Wijk 30 Holtenbroek' });
  });

  it('leaves areas without a label point out of the label points', () => {
    expect(labelPoints([{ code: 'X', name: 'X', labelPoint: null }, areas[1]]).features.map((f) => f.properties.code)).toEqual(['WK019310']);
  });

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
