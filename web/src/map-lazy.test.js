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
