// The MapLibre map: the areas of one level from the server's vector tiles as fill + outline layers,
// the choropleth as feature-state, hover tooltip, click to select.
// The container's data-map-state tells tests and styles where the map is: loading, idle, unavailable.
import { AttributionControl, Map as MapLibreMap, Marker, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { h } from './dom.js';
import { areaStates, fewOpacity, fillColour, fillOpacity, hatchOpacity, levelTiles, OUTLINE_COLOUR, OUTLINE_WIDTH, tileSource } from './area-tiles.js';
import { NO_DATA_COLOUR } from './classify.js';
import { bboxToBounds } from './geojson.js';
import { pageLang, t } from './i18n.js';
import { areaLabels } from './map-labels.js';
import { cameraBounds, EMPTY_VIEW, markMapVisible } from './map-view.js';

setWorkerUrl(workerUrl);

/** The style used without a basemap: a plain background, so the map works offline. */
export const EMPTY_STYLE = Object.freeze({
  version: 8,
  name: 'Wijkatlas zonder achtergrondkaart',
  sources: {},
  layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': '#eef2f5' } }],
});

const BASEMAP = 'achtergrondkaart';
/** How long the map waits for a first basemap tile before it carries on without (offline, blocked). */
export const BASEMAP_WAIT_MS = 2000;

/**
 * The map's style: the plain background and, with `basemap` ({ tiles, attribution }), its raster
 * tiles on top of it. The areas are added above both.
 */
export function baseStyle(basemap) {
  const style = structuredClone(EMPTY_STYLE);
  if (basemap?.tiles) {
    style.sources[BASEMAP] = { type: 'raster', tiles: [basemap.tiles], tileSize: 256, maxzoom: 19, attribution: basemap.attribution || undefined };
    style.layers.push({ id: BASEMAP, type: 'raster', source: BASEMAP });
  }
  return style;
}

const LOCALE_NL = {
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'AttributionControl.MapFeedback': 'Feedback op de kaart',
  'Map.Title': 'Interactieve kaart: verschuif met de pijltjestoetsen, zoom met plus en min',
  'NavigationControl.ResetBearing': 'Kaart naar het noorden draaien',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'Popup.Close': 'Sluiten',
  'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om te zoomen',
  'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om te zoomen',
  'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verschuiven',
};

const LOCALE_EN = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'Map.Title': 'Interactive map: pan with the arrow keys, zoom with plus and minus',
  'NavigationControl.ResetBearing': 'Reset bearing to north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'Popup.Close': 'Close',
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
};

/** Whether the main pointer is a finger (a phone or tablet), not a mouse or trackpad. */
export function isTouchScreen() {
  return Boolean(window.matchMedia?.('(pointer: coarse)').matches);
}

const SOURCE = 'areas';
export const FILL_LAYER = 'areas-fill';
const OUTLINE_LAYER = 'areas-outline';
const NODATA_LAYER = 'areas-nodata';
const FEW_LAYER = 'areas-few';
const AREA_LAYERS = [OUTLINE_LAYER, FEW_LAYER, NODATA_LAYER, FILL_LAYER];
const POINT_SOURCE = 'points';
const POINT_LAYER = 'points-circle';
const CONTEXT_PREFIX = 'context-';
const HATCH = 'geen-gegevens-arcering';
const DOTS = 'weinig-respondenten-stippen';

/** A diagonal hatch on grey: areas without a figure look different from every class, not only by colour. */
function hatchImage() {
  const size = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const line = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      pixels.set(line ? [80, 80, 80, 255] : [217, 217, 217, 255], i);
    }
  }
  return { width: size, height: size, data: pixels };
}

/** Dots on white: figures on few respondents look unlike every class and unlike "geen gegevens". */
function dotsImage() {
  const size = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dot = (x % 4 === 1 || x % 4 === 2) && (y % 4 === 1 || y % 4 === 2) && ((x >> 2) + (y >> 2)) % 2 === 0;
      pixels.set(dot ? [21, 66, 115, 255] : [255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data: pixels };
}

const CONTEXT_PAINT = {
  parent: { 'line-color': '#0b0c0c', 'line-width': 2.5, 'line-dasharray': [3, 2] },
  children: { 'line-color': '#154273', 'line-width': 1, 'line-opacity': 0.8, 'line-dasharray': [1, 1.5] },
};

/**
 * Creates the map in `container`. The areas come from the server's vector tiles of one level
 * (`/tiles/{layer}/{z}/{x}/{y}.mvt` on `origin`). Returns a controller: show(view) puts a view
 * state (see EMPTY_VIEW) on the map; `available` is false when the browser cannot draw a map.
 * The page's language (set once per load in i18n.js) names the controls.
 */
export function createAtlasMap(container, { config, bounds, onSelect, onNotice, origin = window.location.origin }) {
  const lang = pageLang();
  setState(container, 'loading');
  let map;
  try {
    map = new MapLibreMap({
      container,
      style: baseStyle(config.basemap),
      bounds: bboxToBounds(bounds) ?? undefined,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      locale: lang === 'en' ? LOCALE_EN : LOCALE_NL,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 18,
      // On a touch screen one finger scrolls the page and two move the map: the map must not trap
      // a reader who only wants to scroll past it. A mouse or trackpad keeps its usual gestures.
      cooperativeGestures: isTouchScreen(),
      // No cross-fade of symbols and tiles: the first view is drawn in fewer frames.
      fadeDuration: 0,
    });
  } catch (error) {
    return unavailableMap(container, error);
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false, customAttribution: config.attribution }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  // Until the first complete view (the first 'idle'), camera moves jump instead of animating:
  // an animation then only costs frames while the tiles are still arriving.
  let settled = false;
  // The canvas stays hidden until that first complete view (or a few seconds, whichever is first):
  // the areas appear at once instead of tile by tile, and where the browser composites the map in
  // software (no GPU) the half-drawn frames in between are never read back from WebGL.
  container.classList.add('map--drawing');
  let revealed = false;
  let idleWhileHidden = false;
  const reveal = () => {
    if (revealed) return;
    revealed = true;
    container.classList.remove('map--drawing');
    // For the front-end budget (bench/lighthouse.mjs): when the page's first map could be seen.
    markMapVisible();
    // The interactive map now covers the static first frame a page may have shown (views/profile.js).
    container.querySelector(':scope > .map-first-frame')?.remove();
    // 'idle' tells tests and styles the map can be seen and used: not before the canvas shows.
    if (idleWhileHidden && map.loaded() && !map.isMoving()) setState(container, 'idle');
  };
  const revealTimer = setTimeout(reveal, 4000);
  map.once('idle', () => {
    settled = true;
    afterGpu(map, () => {
      clearTimeout(revealTimer);
      reveal();
    });
  });
  // The basemap is optional: without a first tile in BASEMAP_WAIT_MS, or on a failed tile before
  // that, it goes and the areas stay (data-basemap: loading, on, off or failed).
  container.dataset.basemap = config.basemap ? 'loading' : 'off';
  const dropBasemap = () => {
    if (container.dataset.basemap !== 'loading') return;
    container.dataset.basemap = 'failed';
    if (map.getLayer(BASEMAP)) map.removeLayer(BASEMAP);
    if (map.getSource(BASEMAP)) map.removeSource(BASEMAP);
    onNotice?.(t('basemapFailed'));
  };
  // The wait starts with the first tile request, not with the map: on a busy device the map itself
  // may take longer than that to start, and that is not the basemap's fault.
  let basemapTimer = null;
  map.on('dataloading', (event) => {
    if (event.sourceId === BASEMAP && basemapTimer === null && container.dataset.basemap === 'loading') basemapTimer = setTimeout(dropBasemap, BASEMAP_WAIT_MS);
  });
  map.on('sourcedata', (event) => {
    if (event.sourceId === BASEMAP && event.tile && container.dataset.basemap === 'loading') {
      clearTimeout(basemapTimer);
      container.dataset.basemap = 'on';
    }
  });
  const labels = areaLabels(map);
  let styleReady = false;
  let view = EMPTY_VIEW; // the view state on the map
  let installed = null; // the tile layer whose source and layers are on the map
  let installedOutlines = ''; // the context outlines on the map (their JSON)
  let pointData = { type: 'FeatureCollection', features: [] };
  let marker = null; // the pin of the place a search found
  let hoverCode = null;
  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'area-tooltip', offset: 10 });

  map.on('error', (event) => {
    if (event.sourceId === BASEMAP) {
      // A basemap tile failed: before the first one arrived the basemap is unreachable (offline,
      // blocked) and goes; later a missing tile only leaves a gap.
      dropBasemap();
    } else {
      console.warn('Kaartfout', event.error ?? event);
    }
  });

  map.on('style.load', () => {
    styleReady = true;
    installed = null; // a new style has none of our sources and layers
    installedOutlines = '';
    if (!map.hasImage(HATCH)) map.addImage(HATCH, hatchImage());
    if (!map.hasImage(DOTS)) map.addImage(DOTS, dotsImage());
    installAreas();
    installOutlines();
    if (!map.getSource(POINT_SOURCE)) map.addSource(POINT_SOURCE, { type: 'geojson', data: pointData });
    if (!map.getLayer(POINT_LAYER))
      map.addLayer({
        id: POINT_LAYER,
        type: 'circle',
        source: POINT_SOURCE,
        paint: { 'circle-radius': 7, 'circle-color': '#a04b00', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
      });
  });

  map.on('idle', () => {
    // Tiles split areas: count each code once.
    const codes = new Set(map.getLayer(FILL_LAYER) ? map.queryRenderedFeatures({ layers: [FILL_LAYER] }).map((f) => f.properties.code) : []);
    container.dataset.renderedAreas = String(codes.size);
    container.dataset.mapLevel = view.level ?? '';
    container.dataset.mapIndicator = view.choropleth?.key ?? '';
    if (revealed) setState(container, 'idle');
    else idleWhileHidden = true;
  });

  map.on('mousemove', FILL_LAYER, (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const { code, name, provisional } = feature.properties;
    setHover(code);
    map.getCanvas().style.cursor = 'pointer';
    const title = provisional === true || provisional === 'true' ? `${name} ${t('provisionalShort')}` : name;
    const { choropleth } = view;
    const value = choropleth ? (choropleth.byCode.get(code)?.text ?? choropleth.noDataText) : null;
    tooltip
      .setLngLat(event.lngLat)
      .setText(value ? t('valueOf', { name: title, value }) : title)
      .addTo(map);
  });
  map.on('mouseleave', FILL_LAYER, () => {
    setHover(null);
    map.getCanvas().style.cursor = '';
    tooltip.remove();
  });
  map.on('click', FILL_LAYER, (event) => {
    const code = event.features?.[0]?.properties?.code;
    if (code) onSelect?.(code);
  });

  /** The feature-state target of an area (or of all areas) in the current tile layer. */
  function target(id) {
    return { source: SOURCE, sourceLayer: installed, ...(id === undefined ? {} : { id }) };
  }

  function setHover(code) {
    if (code === hoverCode) return;
    if (hoverCode && installed) map.setFeatureState(target(hoverCode), { hover: false });
    hoverCode = code;
    if (hoverCode && installed) map.setFeatureState(target(hoverCode), { hover: true });
  }

  /** Puts the source and layers of the view's level on the map, replacing another level's. */
  function installAreas() {
    if (!styleReady) return;
    const tiles = view.level ? levelTiles(view.level) : null;
    if (installed !== (tiles?.layer ?? null)) {
      for (const id of AREA_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
      installed = null;
      if (!tiles) return;
      map.addSource(SOURCE, tileSource(view.level, origin));
      addAreaLayers(map, tiles.layer, map.getLayer(POINT_LAYER) ? POINT_LAYER : undefined);
      installed = tiles.layer;
      // Below the level's first tile zoom there would be nothing to see: do not zoom out that far.
      map.setMinZoom(tiles.minzoom);
    }
    if (!installed) return;
    const filter = view.only ? ['in', ['get', 'code'], ['literal', [...view.only]]] : null;
    for (const id of [FILL_LAYER, NODATA_LAYER, FEW_LAYER, OUTLINE_LAYER]) map.setFilter(id, filter);
    applyPaint();
    applyStates();
  }

  /** Draws the view's context outlines (the parent around the area, its children within) as lines. */
  function installOutlines() {
    const wanted = JSON.stringify(view.outlines);
    if (!styleReady || wanted === installedOutlines) return;
    const style = map.getStyle();
    for (const layer of style.layers) if (layer.id.startsWith(CONTEXT_PREFIX)) map.removeLayer(layer.id);
    for (const id of Object.keys(style.sources)) if (id.startsWith(CONTEXT_PREFIX)) map.removeSource(id);
    view.outlines.forEach(({ level, codes, kind }, i) => {
      const id = `${CONTEXT_PREFIX}${i}`;
      map.addSource(id, tileSource(level, origin));
      map.addLayer(
        {
          id,
          type: 'line',
          source: id,
          'source-layer': levelTiles(level).layer,
          filter: ['in', ['get', 'code'], ['literal', [...codes]]],
          layout: { 'line-join': 'round' },
          paint: CONTEXT_PAINT[kind] ?? CONTEXT_PAINT.children,
        },
        map.getLayer(POINT_LAYER) ? POINT_LAYER : undefined,
      );
    });
    installedOutlines = wanted;
  }

  /** Switches the fill between the plain look and the choropleth's classes (with the hatch). */
  function applyPaint() {
    if (!installed) return;
    const on = Boolean(view.choropleth);
    map.setPaintProperty(FILL_LAYER, 'fill-color', fillColour(on, NO_DATA_COLOUR));
    map.setPaintProperty(FILL_LAYER, 'fill-opacity', fillOpacity(on));
    map.setPaintProperty(NODATA_LAYER, 'fill-opacity', hatchOpacity(on));
    map.setPaintProperty(FEW_LAYER, 'fill-opacity', fewOpacity(on));
  }

  /** Sets the feature-state of every area from scratch: class colours, highlights, selection, hover. */
  function applyStates() {
    if (!installed) return;
    map.removeFeatureState(target());
    for (const [code, values] of areaStates({ choropleth: view.choropleth, highlighted: view.highlighted, selected: view.selected, hover: hoverCode })) {
      map.setFeatureState(target(code), values);
    }
  }

  /** The duration of a camera move: none for the first view or when the reader prefers less motion. */
  function moveDuration() {
    if (!settled) return 0;
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 600;
  }

  function showPlace(place) {
    marker?.remove();
    marker = null;
    if (!place) return;
    marker = new Marker({ color: '#0b0c0c' }).setLngLat([place.lon, place.lat]).addTo(map);
    const pin = marker.getElement();
    pin.setAttribute('role', 'img');
    pin.setAttribute('aria-label', place.label);
    pin.setAttribute('title', place.label);
    pin.classList.add('map-place');
  }

  /**
   * Fit padding: `margin` on every side, and below it also the attribution's height, so the bottom of
   * an area is not drawn under the attribution (two lines on a phone).
   */
  function fitPadding(margin) {
    const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    const below = attribution ? attribution.getBoundingClientRect().height : 0;
    return { top: margin, right: margin, left: margin, bottom: margin + Math.round(below) };
  }

  function move(camera) {
    if (camera.center) {
      map.jumpTo({ center: [camera.center.lon, camera.center.lat], zoom: camera.zoom ?? map.getZoom() });
      return;
    }
    const bounds = bboxToBounds(cameraBounds(camera));
    if (!bounds) return;
    if (camera.around) {
      // A margin of about a fifth of the map around the area: its neighbours and the streets
      // around it stay in view, so the reader sees where it lies, not a bare polygon.
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      map.fitBounds(bounds, { padding: fitPadding(Math.max(24, Math.round(Math.min(w, h) * 0.2))), maxZoom: 15, duration: moveDuration() });
    } else {
      map.fitBounds(bounds, { padding: fitPadding(24), duration: moveDuration() });
    }
  }

  return {
    available: true,
    map,
    /** Puts `next` (a view state, see EMPTY_VIEW) on the map, changing only what differs. */
    show(next) {
      const was = view;
      view = { ...EMPTY_VIEW, ...next };
      const areasChanged = view.level !== was.level || view.areas !== was.areas || JSON.stringify(view.only) !== JSON.stringify(was.only);
      const statesChanged = view.choropleth !== was.choropleth || String(view.highlighted) !== String(was.highlighted) || view.selected !== was.selected;
      const pointsChanged = JSON.stringify(view.points) !== JSON.stringify(was.points);
      const markerChanged = JSON.stringify(view.marker) !== JSON.stringify(was.marker);
      const outlinesChanged = JSON.stringify(view.outlines) !== JSON.stringify(was.outlines);
      const cameraChanged = Boolean(view.camera) && view.camera !== was.camera;
      if (!(areasChanged || statesChanged || pointsChanged || markerChanged || outlinesChanged || cameraChanged)) return;
      setState(container, 'loading');
      if (areasChanged) {
        labels.set(view.only ? view.areas.filter((a) => view.only.includes(a.code)) : view.areas);
        hoverCode = null;
        tooltip.remove();
        container.dataset.mapLevel = '';
        installAreas();
      } else if (statesChanged) {
        if (view.choropleth !== was.choropleth) applyPaint();
        applyStates();
      }
      if (view.selected !== was.selected || areasChanged) labels.select(view.selected);
      if (outlinesChanged) installOutlines();
      if (pointsChanged) {
        pointData = {
          type: 'FeatureCollection',
          features: view.points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { name: p.title } })),
        };
        map.getSource(POINT_SOURCE)?.setData(pointData);
      }
      if (markerChanged) showPlace(view.marker);
      if (cameraChanged) move(view.camera);
      map.triggerRepaint();
    },
  };
}

/** The fill, "geen gegevens" hatch and outline of the areas in tile layer `sourceLayer`, below `before`. */
function addAreaLayers(map, sourceLayer, before) {
  const common = { source: SOURCE, 'source-layer': sourceLayer };
  // No antialiasing outline on the fills: the outline layer draws the edges, so MapLibre need not
  // draw (and compile a program for) a second outline per fill.
  map.addLayer({ id: FILL_LAYER, type: 'fill', ...common, paint: { 'fill-color': fillColour(false), 'fill-opacity': fillOpacity(false), 'fill-antialias': false } }, before);
  map.addLayer({ id: NODATA_LAYER, type: 'fill', ...common, paint: { 'fill-pattern': HATCH, 'fill-opacity': hatchOpacity(false), 'fill-antialias': false } }, before);
  map.addLayer({ id: FEW_LAYER, type: 'fill', ...common, paint: { 'fill-pattern': DOTS, 'fill-opacity': fewOpacity(false), 'fill-antialias': false } }, before);
  map.addLayer(
    {
      id: OUTLINE_LAYER,
      type: 'line',
      ...common,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': OUTLINE_COLOUR, 'line-width': OUTLINE_WIDTH },
    },
    before,
  );
}

/**
 * Calls `done` once the GPU has finished the frames drawn so far (a WebGL2 fence, polled between
 * tasks, so the page's main thread never waits on it), or at once without WebGL2. Showing the canvas
 * then does not stall the page where the GPU is slow or emulated in software.
 */
function afterGpu(map, done) {
  let gl = null;
  try {
    gl = map.getCanvas().getContext('webgl2'); // MapLibre's own context when it is a WebGL2 one, else null
  } catch {
    gl = null;
  }
  const sync = gl?.fenceSync?.(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return done();
  gl.flush();
  const started = performance.now();
  const poll = () => {
    if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() - started > 2000) {
      if (!gl.isContextLost()) gl.deleteSync(sync);
      done();
    } else {
      setTimeout(poll, 16);
    }
  };
  setTimeout(poll, 0);
}

function setState(container, state) {
  container.dataset.mapState = state;
}

function unavailableMap(container, error) {
  console.warn('De kaart kan niet worden getoond', error);
  setState(container, 'unavailable');
  container.replaceChildren(h('div', { class: 'map-unavailable' }, h('p', {}, h('strong', {}, t('mapUnavailable'))), h('p', {}, t('mapUnavailableNote'))));
  return { available: false, map: null, show() {} };
}
