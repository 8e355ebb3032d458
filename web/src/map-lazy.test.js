import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The real map needs WebGL: a recording stand-in takes its place, so what the lazy map hands over is visible.
const created = [];
vi.mock('./map.js', () => ({
  createAtlasMap: (container, options) => {
    const real = { available: true, map: { id: 'maplibre' }, shown: [], show: (view) => real.shown.push(view) };
    created.push({ container, options, real });
    return real;
  },
}));

const { lazyAtlasMap } = await import('./map-lazy.js');
const { stillPaint } = await import('./map-still.js');
const { installFakeDom } = await import('./test-dom.js');

describe('the map before MapLibre has loaded', () => {
  beforeEach(() => {
    created.length = 0;
    globalThis.window = {};
  });
  afterEach(() => {
    delete globalThis.window;
  });

  test('draws only the latest view asked for, created where its camera wants to be', async () => {
    const container = { dataset: {} };
    const lazy = lazyAtlasMap(container, Promise.resolve({ config: {}, bounds: [0, 0, 1, 1] }));
    expect(container.dataset.mapState).toBe('loading');
    lazy.show({ level: 'WIJK', camera: { fit: [5, 52, 6, 53] } });
    const latest = { level: 'BUURT', selected: 'BU1', camera: { around: [6, 52.5, 6.1, 52.6] } };
    lazy.show(latest);
    const real = await lazy.ready;
    expect(created).toHaveLength(1);
    expect(created[0].options.bounds).toEqual([6, 52.5, 6.1, 52.6]);
    expect(real.shown).toEqual([latest]);
    expect(globalThis.window.wijkatlasMap).toEqual({ id: 'maplibre' });
    // Once the map exists, every view goes straight to it.
    const next = { ...latest, selected: 'BU2' };
    lazy.show(next);
    expect(real.shown).toEqual([latest, next]);
  });

  test('without a view or a camera the map starts on the bounds it was given', async () => {
    const lazy = lazyAtlasMap({ dataset: {} }, Promise.resolve({ config: {}, bounds: [0, 0, 1, 1] }));
    lazy.show({ level: 'WIJK' });
    await lazy.ready;
    expect(created[0].options.bounds).toEqual([0, 0, 1, 1]);
  });
});

describe('the map on a phone: a still picture until the reader asks for the map', () => {
  beforeEach(() => {
    created.length = 0;
    globalThis.window = {};
    installFakeDom();
  });
  afterEach(() => {
    delete globalThis.window;
  });

  test('MapLibre is not loaded before the button is pressed; the views go to the picture meanwhile', async () => {
    const container = globalThis.document.createElement('div');
    const pictured = [];
    const lazy = lazyAtlasMap(container, Promise.resolve({ config: {}, bounds: [0, 0, 1, 1] }), { still: { show: (view) => pictured.push(view) } });
    expect(container.dataset.mapState).toBe('still');
    const view = { level: 'WIJK', selected: 'WK1', camera: { around: [6, 52.5, 6.1, 52.6] } };
    lazy.show(view);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toHaveLength(0);
    expect(pictured).toEqual([view]);
    const button = container.querySelector('button.map-explore');
    expect(button.textContent).toBe('Kaart verkennen');
    button.dispatch({ type: 'click', detail: 1 });
    const real = await lazy.ready;
    expect(container.dataset.mapState).toBe('loading');
    expect(created).toHaveLength(1);
    expect(created[0].options.bounds).toEqual([6, 52.5, 6.1, 52.6]);
    expect(real.shown).toEqual([view]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.querySelector('button.map-explore')).toBeNull();
  });

  test('a tap on the picture asks for the map too', async () => {
    const container = globalThis.document.createElement('div');
    const lazy = lazyAtlasMap(container, Promise.resolve({ config: {}, bounds: [0, 0, 1, 1] }), { still: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toHaveLength(0);
    container.dispatch({ type: 'click', detail: 1 });
    await lazy.ready;
    expect(created).toHaveLength(1);
  });
});

describe('the still picture is painted as the interactive map paints the areas', () => {
  test('plain, selected, highlighted; with a choropleth its class colour, the hatch and the dots', () => {
    expect(stillPaint({}, false)).toEqual({ fill: '#5b8fc9', 'fill-opacity': 0.15, stroke: '#154273', 'stroke-width': 1.2 });
    expect(stillPaint({ selected: true }, false)).toMatchObject({ fill: '#e17000', stroke: '#0b0c0c', 'stroke-width': 4 });
    expect(stillPaint({ highlight: true }, false)).toMatchObject({ stroke: '#a04b00', 'stroke-width': 3.5 });
    expect(stillPaint({ fill: '#123456' }, true)).toMatchObject({ fill: '#123456', 'fill-opacity': 0.85 });
    expect(stillPaint(undefined, true)).toMatchObject({ fill: 'url(#still-nodata)' });
    expect(stillPaint({ fill: null }, true)).toMatchObject({ fill: 'url(#still-nodata)' });
    expect(stillPaint({ fill: '#123456', few: true }, true)).toMatchObject({ fill: 'url(#still-few)' });
  });
});
