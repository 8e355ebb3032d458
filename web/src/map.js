// The MapLibre map: the areas of one level as fill + outline layers, hover tooltip, click to select.
// The container's data-map-state tells tests and styles where the map is: loading, idle, unavailable.
import { AttributionControl, Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { h } from './dom.js';
import { bboxToBounds, labelPoints } from './geojson.js';

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

const SOURCE = 'areas';
const LABEL_SOURCE = 'area-labels';
export const FILL_LAYER = 'areas-fill';
const OUTLINE_LAYER = 'areas-outline';
const LABEL_LAYER = 'areas-label';

const selected = ['boolean', ['feature-state', 'selected'], false];
const hovered = ['boolean', ['feature-state', 'hover'], false];

/**
 * Creates the map in `container`. Returns a controller: setAreas(level, featureCollection, areas),
 * select(code, area), fitTo(bbox) and `available` (false when the browser cannot draw the map).
 */
export function createAtlasMap(container, { config, bounds, onSelect, onNotice }) {
  setState(container, 'loading');
  let map;
  try {
    map = new MapLibreMap({
      container,
      style: config.basemapStyleUrl ?? structuredClone(EMPTY_STYLE),
      bounds: bboxToBounds(bounds) ?? undefined,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      locale: LOCALE_NL,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 18,
    });
  } catch (error) {
    return unavailableMap(container, error);
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false, customAttribution: config.attribution }), 'bottom-right');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  let usingBasemap = Boolean(config.basemapStyleUrl);
  let styleReady = false;
  let data = { level: null, features: { type: 'FeatureCollection', features: [] }, areas: [] };
  let selectedCode = null;
  let hoverCode = null;
  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'area-tooltip', offset: 10 });

  map.on('error', (event) => {
    if (usingBasemap && !styleReady) {
      // The basemap style could not be loaded (offline, blocked): carry on with the areas only.
      usingBasemap = false;
      onNotice?.('De achtergrondkaart kon niet worden geladen. De kaart toont alleen de gebiedsgrenzen.');
      map.setStyle(structuredClone(EMPTY_STYLE), { diff: false });
    } else {
      console.warn('Kaartfout', event.error ?? event);
    }
  });

  map.on('style.load', () => {
    styleReady = true;
    addAreaLayers(map, data);
    applySelection();
  });

  map.on('idle', () => {
    if (!map.getLayer(FILL_LAYER)) return;
    const codes = new Set(map.queryRenderedFeatures({ layers: [FILL_LAYER] }).map((f) => f.properties.code));
    container.dataset.renderedAreas = String(codes.size);
    container.dataset.mapLevel = data.level ?? '';
    setState(container, 'idle');
  });

  map.on('mousemove', FILL_LAYER, (event) => {
    const feature = event.features?.[0];
    if (!feature) return;
    setHover(feature.properties.code);
    map.getCanvas().style.cursor = 'pointer';
    tooltip.setLngLat(event.lngLat).setText(feature.properties.name).addTo(map);
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

  return {
    available: true,
    map,
    setAreas(level, features, areas) {
      setState(container, 'loading');
      data = { level, features, areas };
      hoverCode = null;
      tooltip.remove();
      container.dataset.mapLevel = '';
      if (!styleReady) return;
      map.getSource(SOURCE)?.setData(features);
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
        'fill-color': ['case', selected, '#e17000', hovered, '#2a6ebb', '#5b8fc9'],
        'fill-opacity': ['case', selected, 0.5, hovered, 0.4, 0.15],
      },
    });
  }
  if (!map.getLayer(OUTLINE_LAYER)) {
    map.addLayer({
      id: OUTLINE_LAYER,
      type: 'line',
      source: SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, '#0b0c0c', '#154273'],
        'line-width': ['case', selected, 4, hovered, 2.5, 1.2],
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

function unavailableMap(container, error) {
  console.warn('De kaart kan niet worden getoond', error);
  setState(container, 'unavailable');
  container.replaceChildren(
    h(
      'div',
      { class: 'map-unavailable' },
      h('p', {}, h('strong', {}, 'De kaart kan in deze browser niet worden getoond.')),
      h(
        'p',
        {},
        'Uw browser ondersteunt geen WebGL, dat nodig is voor de kaart. Alle gebieden staan in de lijst “Gebieden”; daar kunt u ook een gebied kiezen.',
      ),
    ),
  );
  return { available: false, map: null, setAreas() {}, select() {}, fitTo() {} };
}
