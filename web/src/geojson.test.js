import { describe, expect, it } from 'vitest';
import fixture from './fixtures/areas-wijk.json';
import { bboxToBounds, connectionNodes, connectionToFeatureCollection, labelPoints, unionBbox } from './geojson.js';

const connection = fixture.data.areas;

describe('connection to FeatureCollection', () => {
  it('makes one feature per area with its geometry', () => {
    const collection = connectionToFeatureCollection(connection);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(3);
    const holtenbroek = collection.features[0];
    expect(holtenbroek.type).toBe('Feature');
    expect(holtenbroek.geometry).toEqual(connection.edges[0].node.geometry);
  });

  it('keeps the properties the map needs, with membership as a boolean', () => {
    const [holtenbroek, binnenstad] = connectionToFeatureCollection(connection).features;
    expect(holtenbroek.properties).toEqual({
      code: 'WK019330',
      name: 'Wijk 30 Holtenbroek',
      level: 'WIJK',
      provisional: true,
      labelLon: 6.097,
      labelLat: 52.527,
    });
    expect(binnenstad.properties.provisional).toBe(false);
  });

  it('skips missing edges and areas without geometry', () => {
    const collection = connectionToFeatureCollection({
      edges: [null, { node: null }, { node: { code: 'X', name: 'X', level: 'WIJK', geometry: null } }, connection.edges[1]],
    });
    expect(collection.features.map((f) => f.properties.code)).toEqual(['WK019310']);
  });

  it('gives an empty collection for an empty or absent connection', () => {
    expect(connectionToFeatureCollection({ totalCount: 0, edges: [] }).features).toEqual([]);
    expect(connectionToFeatureCollection(undefined).features).toEqual([]);
  });

  it('lists the nodes of a connection', () => {
    expect(connectionNodes(connection).map((a) => a.code)).toEqual(['WK019330', 'WK019310', 'WK019331']);
  });

  it('makes label points', () => {
    const points = labelPoints(connectionNodes(connection));
    expect(points.features[0].geometry).toEqual({ type: 'Point', coordinates: [6.097, 52.527] });
    expect(points.features[0].properties.name).toBe('Wijk 30 Holtenbroek');
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
    expect(unionBbox(connectionNodes(connection))).toEqual([6.08, 52.508, 6.11, 52.55]);
    expect(unionBbox([{ bbox: null }])).toBeNull();
    expect(unionBbox([])).toBeNull();
  });
});
