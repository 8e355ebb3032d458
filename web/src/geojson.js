// Turns the GraphQL areas connection into a GeoJSON FeatureCollection for the map.

/** The nodes of a connection ({ edges: [{ node }] }), skipping empty edges. */
export function connectionNodes(connection) {
  return (connection?.edges ?? []).map((edge) => edge?.node).filter(Boolean);
}

/** One GeoJSON Feature for an area; the map's source promotes its `code` property to the feature id. */
export function areaToFeature(area) {
  return {
    type: 'Feature',
    geometry: area.geometry,
    properties: {
      code: area.code,
      name: area.name,
      level: area.level,
      provisional: Boolean(area.membership?.provisional),
      labelLon: area.labelPoint?.lon ?? null,
      labelLat: area.labelPoint?.lat ?? null,
    },
  };
}

/** A FeatureCollection of the areas of a connection; areas without a geometry are left out. */
export function connectionToFeatureCollection(connection) {
  return {
    type: 'FeatureCollection',
    features: connectionNodes(connection)
      .filter((area) => area.geometry && area.geometry.type)
      .map(areaToFeature),
  };
}

/** A FeatureCollection of label points (one Point per area), for symbol layers. */
export function labelPoints(areas) {
  return {
    type: 'FeatureCollection',
    features: areas
      .filter((area) => area.labelPoint)
      .map((area) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [area.labelPoint.lon, area.labelPoint.lat] },
        properties: { code: area.code, name: area.name },
      })),
  };
}

/** A bbox [west, south, east, north] as MapLibre bounds [[west, south], [east, north]], or null. */
export function bboxToBounds(bbox) {
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) return null;
  const [west, south, east, north] = bbox;
  return [[west, south], [east, north]];
}

/** The bbox [west, south, east, north] around the bboxes of the areas, or null when there are none. */
export function unionBbox(areas) {
  const boxes = areas.map((area) => area.bbox).filter((bbox) => bboxToBounds(bbox));
  if (!boxes.length) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
