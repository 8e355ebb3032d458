import { describe, expect, it } from 'vitest';
import { areaStates, fillColour, hatchOpacity, LEVEL_TILES, levelTiles, tileSource, tileUrl } from './area-tiles.js';

describe('area vector tiles', () => {
  it('names the server tile layer of every level', () => {
    expect(Object.fromEntries(Object.entries(LEVEL_TILES).map(([level, tiles]) => [level, tiles.layer]))).toEqual({
      GEMEENTE: 'gemeenten',
      STADSDEEL: 'stadsdelen',
      WIJK: 'wijken',
      BUURT: 'buurten',
      GEBIED: 'gebieden',
    });
  });

  it('builds absolute tile URLs on the page origin, without an indicator so they stay cacheable', () => {
    expect(tileUrl('BUURT', 'https://wijkatlas.example/')).toBe('https://wijkatlas.example/tiles/buurten/{z}/{x}/{y}.mvt');
    expect(tileUrl('WIJK', 'http://localhost:8080')).toBe('http://localhost:8080/tiles/wijken/{z}/{x}/{y}.mvt');
  });

  it('makes a vector source whose feature ids are the area codes', () => {
    const source = tileSource('BUURT', 'http://localhost:8080');
    expect(source).toEqual({
      type: 'vector',
      tiles: ['http://localhost:8080/tiles/buurten/{z}/{x}/{y}.mvt'],
      minzoom: 9,
      maxzoom: 14,
      promoteId: 'code',
    });
  });

  it('asks buurten only from closer in than wijken, and overzooms every level beyond its last tile zoom', () => {
    expect(levelTiles('BUURT').minzoom).toBeGreaterThan(levelTiles('WIJK').minzoom);
    for (const tiles of Object.values(LEVEL_TILES)) {
      expect(tiles.maxzoom).toBeGreaterThan(tiles.minzoom);
      expect(tiles.maxzoom).toBeLessThan(18); // the map's own maxZoom: beyond this MapLibre overzooms
      expect(tiles.maxzoom).toBeLessThanOrEqual(22); // the server refuses z > 22
    }
    expect(levelTiles('ONBEKEND')).toBe(LEVEL_TILES.WIJK);
  });

  it('gives every area of a choropleth its class colour, and none (hatched, "geen gegevens") when it has no figure', () => {
    const byCode = new Map([
      ['BU1', { colour: '#41b6c4', text: '12 %', noData: false }],
      ['BU2', { colour: undefined, text: 'geen gegevens', noData: true }],
      ['BU3', { colour: '#ffffcc', text: '0 %', noData: false }],
    ]);
    const states = areaStates({ choropleth: { byCode }, highlighted: ['BU2'], selected: 'BU3', hover: 'BU4' });
    expect(states.get('BU1')).toEqual({ fill: '#41b6c4', few: false });
    expect(states.get('BU2')).toEqual({ fill: null, few: false, highlight: true });
    expect(states.get('BU3')).toEqual({ fill: '#ffffcc', few: false, selected: true });
    expect(states.get('BU4')).toEqual({ hover: true });
    expect(areaStates().size).toBe(0);
  });

  it('marks figures on few respondents for the dotted layer, shown only with a choropleth', async () => {
    const { fewOpacity } = await import('./area-tiles.js');
    const byCode = new Map([['BU5', { colour: '#ffffff', text: '7,1 (weinig respondenten)', noData: false, few: true }]]);
    expect(areaStates({ choropleth: { byCode } }).get('BU5')).toEqual({ fill: '#ffffff', few: true });
    expect(JSON.stringify(fewOpacity(false))).toContain('feature-state');
    expect(JSON.stringify(fewOpacity(true))).toContain('few');
  });

  it('paints areas without a class colour grey and hatched while a choropleth is shown, and only then', () => {
    const colour = fillColour(true, '#d9d9d9');
    expect(colour[0]).toBe('case');
    expect(colour.at(-1)).toBe('#d9d9d9');
    expect(JSON.stringify(colour)).toContain('"feature-state","fill"');
    expect(hatchOpacity(true)).toEqual(['case', ['to-boolean', ['feature-state', 'fill']], 0, 1]);
    // Off is still a feature-state expression (always 0): switching to a constant breaks MapLibre.
    expect(JSON.stringify(hatchOpacity(false))).toContain('feature-state');
    expect(JSON.stringify(fillColour(false))).not.toContain('"fill"');
  });
});
