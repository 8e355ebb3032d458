// The names of the areas on the map, as HTML over the canvas. MapLibre's own symbol labels need
// glyph fonts from a server (a style's "glyphs" URL); the map must work offline and on a machine
// without them, so the names are spans placed with map.project() on every move. aria-hidden: the
// list beside the map and the selected-area panel name the areas for screen readers already.
import { h } from './dom.js';

/** The name as a label: "Wijk 30 Holtenbroek" → "Holtenbroek" (the number is CBS's, not what residents say). */
export function labelText(name) {
  return String(name ?? '')
    .replace(/^Wijk\s+\d+\s+/i, '')
    .trim();
}

/** Whether two boxes [left, top, right, bottom] overlap. */
export function overlaps(a, b) {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Picks the labels to show: the selected area first, then larger areas before smaller ones; a
 * label is left out when it would overlap one already placed, leave the map, or be much wider
 * than its area on the screen (it would then name the neighbours' ground), or lie under one of the
 * `blocked` boxes (the map's controls). `items` have
 * { code, width, height, x, y, areaWidth } in screen pixels; returns the codes to show with
 * their top-left corners.
 */
export function placeLabels(items, { width, height, selected = null, margin = 3, blocked = [] }) {
  const order = [...items].sort((a, b) => (b.code === selected) - (a.code === selected) || b.areaWidth - a.areaWidth);
  // The map's controls (zoom buttons, attribution) cover what lies under them.
  const placed = [...blocked];
  const shown = new Map();
  for (const item of order) {
    if (item.code !== selected && item.width > item.areaWidth * 1.5) continue;
    const left = item.x - item.width / 2;
    const top = item.y - item.height / 2;
    const box = [left - margin, top - margin, left + item.width + margin, top + item.height + margin];
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
    if (placed.some((other) => overlaps(other, box))) continue;
    placed.push(box);
    shown.set(item.code, { left: Math.round(left), top: Math.round(top) });
  }
  return shown;
}

/**
 * The label layer of `map`: set(areas) with { code, name, labelPoint, bbox }, select(code) puts
 * that area's name first. Re-placed once per animation frame while the map moves.
 */
export function areaLabels(map) {
  const layer = h('div', { class: 'map-labels', 'aria-hidden': 'true' });
  map.getContainer().appendChild(layer);
  let items = [];
  let selected = null;
  let frame = 0;

  function layout() {
    frame = 0;
    const container = map.getContainer();
    // Widths are read once per label (a read after the writes below would force a reflow per frame).
    for (const item of items) {
      if (item.width === undefined) {
        item.width = item.el.offsetWidth;
        item.height = item.el.offsetHeight;
      }
    }
    const onScreen = items.map((item) => {
      const point = map.project(item.lngLat);
      const west = map.project([item.bbox[0], item.lngLat[1]]);
      const east = map.project([item.bbox[2], item.lngLat[1]]);
      return { code: item.code, width: item.width, height: item.height, x: point.x, y: point.y, areaWidth: Math.abs(east.x - west.x) };
    });
    const origin = container.getBoundingClientRect();
    const blocked = [...container.querySelectorAll('.maplibregl-ctrl')].map((control) => {
      const r = control.getBoundingClientRect();
      return [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
    });
    const shown = placeLabels(onScreen, { width: container.clientWidth, height: container.clientHeight, selected, blocked });
    for (const item of items) {
      const at = shown.get(item.code);
      item.el.style.visibility = at ? 'visible' : 'hidden';
      if (at) item.el.style.transform = `translate(${at.left}px, ${at.top}px)`;
    }
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(layout);
  }

  map.on('move', schedule);
  map.on('resize', schedule);

  return {
    set(areas) {
      items = (areas ?? [])
        .filter((area) => area.labelPoint && Array.isArray(area.bbox))
        .map((area) => ({
          code: area.code,
          lngLat: [area.labelPoint.lon, area.labelPoint.lat],
          bbox: area.bbox,
          el: h('span', { class: 'map-label', 'data-code': area.code, style: 'visibility: hidden' }, labelText(area.name)),
        }));
      layer.replaceChildren(...items.map((item) => item.el));
      schedule();
    },
    select(code) {
      selected = code ?? null;
      schedule();
    },
  };
}
