// The page's map without making the page wait for MapLibre: the page draws its text at once while
// MapLibre (its own chunk, ~800 KB) downloads. The page's view states go to show(view) as on the
// real map; until the map exists the latest one waits, and the map is created where that view's
// camera wants to be and draws it as its first view (once, without animation).
import { cameraBounds } from './map-view.js';

/**
 * Starts loading map.js (now, or when `when` resolves) and creates the map in `container` with the
 * options `optionsPromise` resolves to, once `hold` has settled too (the page's first data: then
 * the first view is drawn from all of it at once). Returns { show(view), ready, available, map }:
 * show takes a view state (see EMPTY_VIEW in map.js); `ready` is a promise of the real controller.
 */
export function lazyAtlasMap(container, optionsPromise, { when = null, hold = null } = {}) {
  container.dataset.mapState = 'loading';
  let real = null;
  let latest = null; // the last view state asked for before the map existed
  const ready = Promise.resolve(when)
    .then(() => Promise.all([import('./map.js'), optionsPromise, Promise.resolve(hold).catch(() => null)]))
    .then(([{ createAtlasMap }, options]) => {
      real = createAtlasMap(container, { ...options, bounds: cameraBounds(latest?.camera) ?? options.bounds });
      if (latest) real.show(latest);
      // The tests (and a developer's console) reach the MapLibre map of the page here.
      if (real.map) window.wijkatlasMap = real.map;
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
    show(view) {
      if (real) real.show(view);
      else latest = view;
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
