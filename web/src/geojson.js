// Small geometry helpers: bboxes as MapLibre bounds and the bbox around a set of areas.

/** A bbox [west, south, east, north] as MapLibre bounds [[west, south], [east, north]], or null. */
export function bboxToBounds(bbox) {
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) return null;
  const [west, south, east, north] = bbox;
  return [
    [west, south],
    [east, north],
  ];
}

/** The bbox [west, south, east, north] around the bboxes of the areas, or null when there are none. */
export function unionBbox(areas) {
  const boxes = areas.map((area) => area.bbox).filter((bbox) => bboxToBounds(bbox));
  if (!boxes.length) return null;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}
