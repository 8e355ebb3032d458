// The MapLibre map: the areas of one level as fill + outline layers, hover tooltip, click to select.
// The container's data-map-state tells tests and styles where the map is: loading, idle, unavailable.
import { AttributionControl, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { h } from './dom.js';
import { NO_DATA_COLOUR } from './classify.js';
import { bboxToBounds, labelPoints } from './geojson.js';
import { t } from './i18n.js';

setWorkerUrl(workerUrl);

/** The style used without a basemap: a plain background, so the map works offline. */
export const EMPTY_STYLE = Object.freeze({
  version: 8,
  name: 'Wijkatlas zonder achtergrondkaart',
  sources: {},
  layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': '#eef2f5' } }],
});

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
};

const SOURCE = 'areas';
const LABEL_SOURCE = 'area-labels';
export const FILL_LAYER = 'areas-fill';
const OUTLINE_LAYER = 'areas-outline';
const NODATA_LAYER = 'areas-nodata';
const POINT_SOURCE = 'points';
const POINT_LAYER = 'points-circle';
const HATCH = 'geen-gegevens-arcering';

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
const LABEL_LAYER = 'areas-label';

const selected = ['boolean', ['feature-state', 'selected'], false];
const hovered = ['boolean', ['feature-state', 'hover'], false];

/**
 * Creates the map in `container`. Returns a controller: setAreas(level, featureCollection, areas),
 * select(code, area), fitTo(bbox) and `available` (false when the browser cannot draw the map).
 */
export function createAtlasMap(container, { config, bounds, onSelect, onNotice, lang = 'nl', label = null }) {
  setState(container, 'loading');
  let map;
  try {
    map = new MapLibreMap({
      container,
      style: config.basemapStyleUrl ?? structuredClone(EMPTY_STYLE),
      bounds: bboxToBounds(bounds) ?? undefined,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      locale: lang === 'en' ? LOCALE_EN : LOCALE_NL,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 18,
    });
  } catch (error) {
    return unavailableMap(container, error, lang);
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false, customAttribution: config.attribution }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  let usingBasemap = Boolean(config.basemapStyleUrl);
  let styleReady = false;
  let data = { level: null, features: { type: 'FeatureCollection', features: [] }, areas: [] };
  let choropleth = null; // { byCode: Map(code -> { colour, text, noData }) }
  let points = { type: 'FeatureCollection', features: [] };
  let highlighted = new Set();
  let selectedCode = null;
  let hoverCode = null;
  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'area-tooltip', offset: 10 });

  map.on('error', (event) => {
    if (usingBasemap && !styleReady) {
      // The basemap style could not be loaded (offline, blocked): carry on with the areas only.
      usingBasemap = false;
      onNotice?.(t(lang, 'basemapFailed'));
      map.setStyle(structuredClone(EMPTY_STYLE), { diff: false });
    } else {
      console.warn('Kaartfout', event.error ?? event);
    }
  });

  map.on('style.load', () => {
    styleReady = true;
    if (!map.hasImage(HATCH)) map.addImage(HATCH, hatchImage());
    addAreaLayers(map, decorated());
    if (!map.getSource(POINT_SOURCE)) map.addSource(POINT_SOURCE, { type: 'geojson', data: points });
    if (!map.getLayer(POINT_LAYER)) map.addLayer({
      id: POINT_LAYER,
      type: 'circle',
      source: POINT_SOURCE,
      paint: { 'circle-radius': 7, 'circle-color': '#a04b00', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
    applySelection();
  });

  map.on('idle', () => {
    if (!map.getLayer(FILL_LAYER)) return;
    const codes = new Set(map.queryRenderedFeatures({ layers: [FILL_LAYER] }).map((f) => f.properties.code));
    container.dataset.renderedAreas = String(codes.size);
    container.dataset.mapLevel = data.level ?? '';
    container.dataset.mapIndicator = choropleth?.key ?? '';
    setState(container, 'idle');
  });

  map.on('mousemove', FILL_LAYER, (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    setHover(feature.properties.code);
    map.getCanvas().style.cursor = 'pointer';
    const text = feature.properties.valueText
      ? t(lang, 'valueOf', { name: feature.properties.name, value: feature.properties.valueText })
      : feature.properties.name;
    tooltip.setLngLat(event.lngLat).setText(text).addTo(map);
  });
  map.on('mouseleave', FILL_LAYER, () => {
    setHover(null);
    map.getCanvas().style.cursor = '';
    tooltip.remove();
  });
  map.on('click', FILL_LAYER, (event) => {
    const code = event.features?.[0]?.properties?.code;
    if (code) onSelect(code);
  });

  function setHover(code) {
    if (code === hoverCode) return;
    if (hoverCode && map.getSource(SOURCE)) map.setFeatureState({ source: SOURCE, id: hoverCode }, { hover: false });
    hoverCode = code;
    if (hoverCode && map.getSource(SOURCE)) map.setFeatureState({ source: SOURCE, id: hoverCode }, { hover: true });
  }

  function applySelection() {
    if (!map.getSource(SOURCE)) return;
    map.removeFeatureState({ source: SOURCE });
    if (selectedCode) map.setFeatureState({ source: SOURCE, id: selectedCode }, { selected: true });
  }

  function reducedMotion() {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  function decorated() {
    if (!choropleth && !highlighted.size) return data;
    const features = {
      type: 'FeatureCollection',
      features: data.features.features.map((f) => {
        const entry = choropleth?.byCode.get(f.properties.code);
        const properties = { ...f.properties, highlight: highlighted.has(f.properties.code) };
        if (choropleth) {
          properties.fill = entry?.colour ?? NO_DATA_COLOUR;
          properties.noData = !entry || entry.noData;
          properties.valueText = entry?.text ?? choropleth.noDataText;
        }
        return { ...f, properties };
      }),
    };
    return { ...data, features };
  }

  function refresh() {
    setState(container, 'loading');
    if (!styleReady) return;
    map.getSource(SOURCE)?.setData(decorated().features);
    applySelection();
    map.triggerRepaint();
  }

  return {
    available: true,
    map,
    /** Colours the areas: byCode maps a code to { colour, text, noData }; null switches it off. */
    setChoropleth(next) {
      choropleth = next;
      refresh();
    },
    setHighlighted(codes) {
      highlighted = new Set(codes ?? []);
      refresh();
    },
    setPoints(list) {
      points = {
        type: 'FeatureCollection',
        features: (list ?? []).map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { name: p.title } })),
      };
      setState(container, 'loading');
      map.getSource(POINT_SOURCE)?.setData(points);
      map.triggerRepaint();
    },
    flyTo(center, zoom) {
      setState(container, 'loading');
      map.jumpTo({ center: [center.lon, center.lat], zoom: zoom ?? map.getZoom() });
    },
    setAreas(level, features, areas) {
      setState(container, 'loading');
      data = { level, features, areas };
      hoverCode = null;
      tooltip.remove();
      container.dataset.mapLevel = '';
      if (!styleReady) return;
      map.getSource(SOURCE)?.setData(decorated().features);
      map.getSource(LABEL_SOURCE)?.setData(labelPoints(areas));
      applySelection();
      map.triggerRepaint();
    },
    select(code, area) {
      selectedCode = code ?? null;
      applySelection();
      const target = bboxToBounds(area?.bbox);
      if (target) {
        setState(container, 'loading');
        map.fitBounds(target, { padding: 48, maxZoom: 15, duration: reducedMotion() ? 0 : 600 });
      }
      map.triggerRepaint();
    },
    fitTo(bbox) {
      const target = bboxToBounds(bbox);
      if (!target) return;
      setState(container, 'loading');
      map.fitBounds(target, { padding: 24, duration: reducedMotion() ? 0 : 600 });
    },
  };
}

function addAreaLayers(map, data) {
  if (!map.getSource(SOURCE)) {
    map.addSource(SOURCE, { type: 'geojson', data: data.features, promoteId: 'code' });
  }
  if (!map.getLayer(FILL_LAYER)) {
    map.addLayer({
      id: FILL_LAYER,
      type: 'fill',
      source: SOURCE,
      paint: {
        'fill-color': ['case', ['has', 'fill'], ['get', 'fill'], selected, '#e17000', hovered, '#2a6ebb', '#5b8fc9'],
        'fill-opacity': ['case', ['has', 'fill'], ['case', hovered, 0.95, 0.85], selected, 0.5, hovered, 0.4, 0.15],
      },
    });
  }
  if (!map.getLayer(NODATA_LAYER)) {
    map.addLayer({
      id: NODATA_LAYER,
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['get', 'noData'], true],
      paint: { 'fill-pattern': HATCH },
    });
  }
  if (!map.getLayer(OUTLINE_LAYER)) {
    map.addLayer({
      id: OUTLINE_LAYER,
      type: 'line',
      source: SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, '#0b0c0c', ['==', ['get', 'highlight'], true], '#a04b00', '#154273'],
        'line-width': ['case', selected, 4, ['==', ['get', 'highlight'], true], 3.5, hovered, 2.5, 1.2],
      },
    });
  }
  // Labels need glyphs, which only a basemap style brings; without one the tooltip and list name the areas.
  if (map.getStyle()?.glyphs) {
    if (!map.getSource(LABEL_SOURCE)) map.addSource(LABEL_SOURCE, { type: 'geojson', data: labelPoints(data.areas) });
    if (!map.getLayer(LABEL_LAYER)) {
      map.addLayer({
        id: LABEL_LAYER,
        type: 'symbol',
        source: LABEL_SOURCE,
        layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-max-width': 8, 'text-optional': true },
        paint: { 'text-color': '#0b0c0c', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      });
    }
  }
}

function setState(container, state) {
  container.dataset.mapState = state;
}

function unavailableMap(container, error, lang) {
  console.warn('De kaart kan niet worden getoond', error);
  setState(container, 'unavailable');
  container.replaceChildren(
    h(
      'div',
      { class: 'map-unavailable' },
      h('p', {}, h('strong', {}, t(lang, 'mapUnavailable'))),
      h('p', {}, t(lang, 'mapUnavailableNote')),
    ),
  );
  return { available: false, map: null, setAreas() {}, select() {}, fitTo() {}, setChoropleth() {}, setHighlighted() {}, setPoints() {}, flyTo() {} };
}
