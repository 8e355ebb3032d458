// The map as a still picture until the reader asks for the interactive one (map-lazy.js decides
// when): on a phone, MapLibre (~300 KB compressed, seconds of script on a slow phone) is loaded
// only when the reader taps the map or presses "Kaart verkennen". The pictures are the server's
// (LocatorMaps.java): a profile's locator map as an image, the atlas's areas as inline SVG that
// this module colours with the page's own choropleth, so the classes are the legend's.
import { h } from './dom.js';
import { areaStates } from './area-tiles.js';
import { t } from './i18n.js';
import { markMapVisible } from './map-view.js';

/**
 * Resolves when the reader asks for the interactive map: a tap or click on the picture in
 * `container`, or the "Kaart verkennen" button (a keyboard reaches only that). The button stays,
 * saying the map is loading, until `loaded` (a promise) settles. Resolves with { keyboard } (true
 * when the button was pressed without a pointer: the map then takes the focus).
 */
export function mapRequested(container) {
  return new Promise((resolve) => {
    const button = h('button', { type: 'button', class: 'map-explore utrecht-button utrecht-button--primary-action' }, t('exploreMap'));
    let asked = false;
    const ask = (event) => {
      if (asked) return;
      asked = true;
      container.removeEventListener('click', ask);
      button.disabled = true;
      button.textContent = t('exploreMapLoading');
      // detail 0: a click made with the keyboard (Enter, Space), not a pointer.
      resolve({ keyboard: event?.currentTarget === button && event.detail === 0, done: () => button.remove() });
    };
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      ask(event);
    });
    container.addEventListener('click', ask);
    container.append(button);
  });
}

/** The SVG patterns of "geen gegevens" (a hatch) and "weinig respondenten" (dots), as on the map. */
function patterns() {
  return `<defs>
    <pattern id="still-nodata" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#d9d9d9"/><rect width="2" height="8" fill="#505050"/></pattern>
    <pattern id="still-few" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><rect x="1" y="1" width="2" height="2" fill="#154273"/><rect x="5" y="5" width="2" height="2" fill="#154273"/></pattern>
  </defs>`;
}

/**
 * The paint of one area of the still picture for its feature-state (areaStates), as the
 * interactive map's layers paint it (area-tiles.js: fillColour, fillOpacity, OUTLINE_*).
 */
export function stillPaint(state = {}, choropleth = false) {
  let fill;
  let opacity;
  if (choropleth) {
    if (state.few) [fill, opacity] = ['url(#still-few)', 1];
    else if (state.fill) [fill, opacity] = [state.fill, 0.85];
    else [fill, opacity] = ['url(#still-nodata)', 1];
  } else {
    [fill, opacity] = state.selected ? ['#e17000', 0.5] : ['#5b8fc9', 0.15];
  }
  const [stroke, width] = state.selected ? ['#0b0c0c', 4] : state.highlight ? ['#a04b00', 3.5] : ['#154273', 1.2];
  return { fill, 'fill-opacity': opacity, stroke, 'stroke-width': width };
}

/**
 * The atlas's still map in `container`: show(view) draws the view's level (the server's picture of
 * `pictureUrl(level)`) coloured by its choropleth, selection and highlights; a tap on an area selects
 * it (onSelect) as well as asking for the interactive map. `label(view)` names the picture.
 */
export function stillAtlasMap(container, { pictureUrl, label, onSelect = null }) {
  let shownLevel = null;
  let svg = null;
  let view = null;
  async function load(level) {
    shownLevel = level;
    const url = pictureUrl(level);
    let text;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      text = await response.text();
    } catch (error) {
      console.warn('De kaart kon niet worden getekend', error);
      return;
    }
    if (shownLevel !== level || !container.isConnected) return;
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    if (parsed.nodeName !== 'svg') return;
    const next = document.importNode(parsed, true);
    next.insertAdjacentHTML('afterbegin', patterns());
    next.setAttribute('class', 'map-first-frame map-still');
    next.setAttribute('role', 'img');
    next.removeAttribute('width');
    next.removeAttribute('height');
    for (const path of next.querySelectorAll('path')) path.setAttribute('vector-effect', 'non-scaling-stroke');
    next.addEventListener('click', (event) => {
      const code = event.target.closest?.('[data-code]')?.dataset.code;
      if (code) onSelect?.(code);
    });
    (svg ?? container.querySelector(':scope > .map-still'))?.remove();
    svg = next;
    container.prepend(svg);
    paint();
    requestAnimationFrame(() => svg?.isConnected && markMapVisible());
  }
  function paint() {
    if (!svg || !view) return;
    svg.setAttribute('aria-label', label(view));
    const states = areaStates({ choropleth: view.choropleth, highlighted: view.highlighted, selected: view.selected });
    const only = view.only ? new Set(view.only) : null;
    for (const path of svg.querySelectorAll('path[data-code]')) {
      const code = path.dataset.code;
      path.style.display = only && !only.has(code) ? 'none' : '';
      for (const [name, value] of Object.entries(stillPaint(states.get(code), Boolean(view.choropleth)))) path.setAttribute(name, value);
    }
  }
  return {
    show(next) {
      view = next;
      if (view.level && view.level !== shownLevel) load(view.level);
      else paint();
    },
  };
}
