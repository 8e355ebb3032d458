// The page's map without making the page wait for MapLibre: the page draws its text at once while
// MapLibre (its own chunk, ~800 KB) downloads. The page's view states go to show(view) as on the
// real map; until the map exists the latest one waits, and the map is created where that view's
// camera wants to be and draws it as its first view (once, without animation). On a phone the
// map stays a still picture (map-still.js) until the reader asks for it.
import { cameraBounds } from './map-view.js';
import { mapRequested } from './map-still.js';

/**
 * Where the atlas and the profile load MapLibre only when the reader asks for the map: a viewport
 * of a phone's width (the layout's one-column breakpoint, styles.css). That is where MapLibre costs
 * most — a phone's CPU runs its ~300 KB of script and software-drawn WebGL for seconds, blocking the
 * page — and where the map is a small part of a long page that many readers only scroll past; the
 * server's picture with the areas' names answers "where is it" without it. Not the pointer type: a
 * tablet or touch laptop has a desktop's room and power, and a narrow desktop window a phone's layout.
 */
export const ON_DEMAND_MEDIA = '(max-width: 40em)';

export function mapOnDemand() {
  return Boolean(window.matchMedia?.(ON_DEMAND_MEDIA).matches);
}

/**
 * Starts loading map.js (now, or when `when` resolves) and creates the map in `container` with the
 * options `optionsPromise` resolves to, once `hold` has settled too (the page's first data: then
 * the first view is drawn from all of it at once). With `still` (a still picture with show(view),
 * map-still.js, or true for a picture already in the container) the map is loaded only when the
 * reader asks for it (a tap, or the "Kaart verkennen" button); until then the views go to the
 * picture. Returns { show(view), ready, available, map }: show takes a view state (see EMPTY_VIEW in
 * map-view.js); `ready` is a promise of the real controller.
 */
export function lazyAtlasMap(container, optionsPromise, { when = null, hold = null, still = null } = {}) {
  container.dataset.mapState = still ? 'still' : 'loading';
  let real = null;
  let latest = null; // the last view state asked for before the map existed
  const asked = still ? mapRequested(container) : null;
  const ready = Promise.resolve(asked ?? when)
    .then(() => {
      container.dataset.mapState = 'loading';
      return Promise.all([import('./map.js'), optionsPromise, Promise.resolve(hold).catch(() => null)]);
    })
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
  if (asked) {
    Promise.all([asked, ready.catch(() => null)]).then(([{ keyboard, done }, map]) => {
      done();
      // Asked for with the keyboard: the map takes the focus once it can be seen (arrow keys pan it).
      if (keyboard && map?.map) whenIdle(container).then(() => map.map.getCanvas().focus());
    });
  }
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
      else {
        latest = view;
        if (still && still !== true) still.show(view);
      }
    },
  };
}

/** Resolves when the map in `container` first reports itself idle (seen and usable, map.js). */
function whenIdle(container) {
  return new Promise((resolve) => {
    if (container.dataset.mapState === 'idle') return resolve();
    const observer = new MutationObserver(() => {
      if (container.dataset.mapState !== 'idle') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { attributes: true, attributeFilter: ['data-map-state'] });
  });
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
