// A stand-in for the map controller of map.js that does not need MapLibre yet: the page draws its
// text at once while MapLibre (its own chunk, ~800 KB) downloads. Calls made before the map exists
// are remembered (the latest of each kind) and replayed on the real map in one go, so its first
// view is drawn once, without animation.

/**
 * Starts loading map.js (now, or when `when` resolves) and creates the map in `container` with the
 * options `optionsPromise` resolves to, once `hold` has settled too (the page's first data: then
 * the first view is drawn from all of it at once). Returns a controller with the same methods as
 * createAtlasMap's, and `ready`: a promise of the real controller.
 */
export function lazyAtlasMap(container, optionsPromise, { when = null, hold = null } = {}) {
  container.dataset.mapState = 'loading';
  let real = null;
  const pending = { areas: null, choropleth: undefined, highlighted: undefined, points: undefined, marker: undefined, selected: undefined, camera: null };
  const ready = Promise.resolve(when)
    .then(() => Promise.all([import('./map.js'), optionsPromise, Promise.resolve(hold).catch(() => null)]))
    .then(([{ createAtlasMap }, options]) => {
      const camera = pending.camera;
      // Start where the last camera call wanted to be, so no first move is needed.
      const bounds = camera?.kind === 'fit' || camera?.kind === 'select' ? camera.bbox : options.bounds;
      real = createAtlasMap(container, { ...options, bounds });
      if (pending.areas) real.setAreas(...pending.areas);
      if (pending.choropleth !== undefined) real.setChoropleth(pending.choropleth);
      if (pending.highlighted !== undefined) real.setHighlighted(pending.highlighted);
      if (pending.points !== undefined) real.setPoints(pending.points);
      if (pending.marker !== undefined) real.setMarker(...pending.marker);
      // The map's first view is never animated (see map.js), so replaying the camera costs no frames.
      if (camera?.kind === 'select') real.select(pending.selected, { bbox: camera.bbox });
      else if (pending.selected !== undefined) real.select(pending.selected, null);
      if (camera?.kind === 'fit') real.fitTo(camera.bbox);
      if (camera?.kind === 'fly') real.flyTo(camera.center, camera.zoom);
      return real;
    });
  ready.catch((error) => {
    // The chunk could not be loaded (offline, a new deployment): say so where the map would be.
    console.warn('De kaart kon niet worden geladen', error);
    container.dataset.mapState = 'unavailable';
  });
  return {
    ready,
    get available() {
      return real ? real.available : true;
    },
    get map() {
      return real?.map ?? null;
    },
    setAreas(...args) {
      if (real) return real.setAreas(...args);
      pending.areas = args;
    },
    setChoropleth(next) {
      if (real) return real.setChoropleth(next);
      pending.choropleth = next;
    },
    setHighlighted(codes) {
      if (real) return real.setHighlighted(codes);
      pending.highlighted = codes;
    },
    setPoints(list) {
      if (real) return real.setPoints(list);
      pending.points = list;
    },
    setMarker(...args) {
      if (real) return real.setMarker(...args);
      pending.marker = args;
    },
    select(code, area) {
      if (real) return real.select(code, area);
      pending.selected = code ?? null;
      if (area?.bbox) pending.camera = { kind: 'select', bbox: area.bbox };
      else if (pending.camera?.kind === 'select') pending.camera = { kind: 'fit', bbox: pending.camera.bbox };
    },
    fitTo(bbox) {
      if (real) return real.fitTo(bbox);
      if (bbox) pending.camera = { kind: 'fit', bbox };
    },
    flyTo(center, zoom) {
      if (real) return real.flyTo(center, zoom);
      pending.camera = { kind: 'fly', center, zoom };
    },
  };
}

/**
 * Resolves after the next paint, once the browser is idle (or after at most half a second more): a
 * map loaded then does not compete with the text's first paint.
 */
export function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 500 });
        else setTimeout(resolve, 50);
      }, 0),
    ),
  );
}

/** Resolves after the next paint once `element` is within a screen height of the viewport. */
export function nearScreen(element) {
  if (!('IntersectionObserver' in window)) return afterNextPaint();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        afterNextPaint().then(resolve);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
  });
}
