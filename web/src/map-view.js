// The view state of a map, shared by the pages and the map (map.js) without loading MapLibre.

/**
 * What a map shows, as one object: a view state, applied by the controller's show(state) in one
 * call, the way a storymap applies a chapter. Every page builds its map from one of these (atlas,
 * profile, compare, story, embed); a key left out has its default here.
 *   level        the level whose areas are drawn from the tiles (null: none)
 *   areas        the areas of that level from the API, for their names on the map
 *   only         codes: draw just these of the level's tiles (null: all; the tiles hold every gemeente)
 *   choropleth   { key, byCode, noDataText } from buildChoropleth, or null for the plain fill
 *   highlighted  codes outlined as highlighted (kredieten, initiatives, compared areas)
 *   selected     the code of the selected area
 *   outlines     [{ level, codes, kind }] context drawn as lines only: kind 'parent' (the area
 *                around) or 'children' (the areas within)
 *   points       [{ lon, lat, title }] initiatives and other places, as dots
 *   marker       { lon, lat, label }: the one place a search found, as a pin
 *   camera       { fit: bbox } | { around: bbox } (an area with its surroundings) | { center, zoom }.
 *                The map moves when this object is not the camera of the previous call: a page keeps
 *                its camera object while the reader looks around, and passes a new one to move.
 */
export const EMPTY_VIEW = Object.freeze({
  level: null,
  areas: Object.freeze([]),
  only: null,
  choropleth: null,
  highlighted: Object.freeze([]),
  selected: null,
  outlines: Object.freeze([]),
  points: Object.freeze([]),
  marker: null,
  camera: null,
});

/** The bounds a view's camera wants, for a map created with it (null for a center/zoom camera or none). */
export function cameraBounds(camera) {
  return camera?.fit ?? camera?.around ?? null;
}

/** The user-timing mark set when the page's first map can be seen (read by bench/lighthouse.mjs). */
export const MAP_VISIBLE_MARK = 'wijkatlas:map-visible';

/**
 * Sets MAP_VISIBLE_MARK, once per page, at `startTime` (default now): the static first frame or
 * MapLibre's first view, whichever is seen first.
 */
export function markMapVisible(startTime) {
  if (performance.getEntriesByName?.(MAP_VISIBLE_MARK).length) return;
  performance.mark?.(MAP_VISIBLE_MARK, startTime === undefined ? undefined : { startTime });
}

/**
 * Marks the map visible when the browser paints a static first frame (an image with
 * elementtiming="map-first-frame", as the server's HTML of a profile has): Element Timing gives the
 * paint time even when it happened before the scripts ran. Browsers without it skip this.
 */
export function watchFirstFrame() {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return;
  const observer = new PerformanceObserver((list) => {
    const painted = list.getEntries().find((e) => e.identifier === 'map-first-frame');
    if (!painted) return;
    markMapVisible(painted.renderTime || painted.loadTime);
    observer.disconnect();
  });
  observer.observe({ type: 'element', buffered: true });
}
