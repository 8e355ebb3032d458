import { describe, expect, it } from 'vitest';
import { labelText, overlaps, placeLabels } from './map-labels.js';

describe('area labels on the map', () => {
  it('names a wijk as residents do, without the CBS number', () => {
    expect(labelText('Wijk 30 Holtenbroek')).toBe('Holtenbroek');
    expect(labelText('Holtenbroek I')).toBe('Holtenbroek I');
    expect(labelText('Noord')).toBe('Noord');
    expect(labelText(null)).toBe('');
  });

  it('tells overlapping boxes from touching and separate ones', () => {
    expect(overlaps([0, 0, 10, 10], [5, 5, 15, 15])).toBe(true);
    expect(overlaps([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [0, 20, 10, 30])).toBe(false);
  });

  const label = (code, x, y, areaWidth, width = 60) => ({ code, x, y, width, height: 14, areaWidth });
  const screen = { width: 400, height: 300 };

  it('places larger areas first and leaves out a label that would overlap one already placed', () => {
    const shown = placeLabels([label('small', 105, 100, 80), label('large', 100, 100, 200), label('apart', 300, 200, 100)], screen);
    expect([...shown.keys()]).toEqual(['large', 'apart']);
    expect(shown.get('large')).toEqual({ left: 70, top: 93 });
  });

  it('puts the selected area first, even over a larger neighbour and when its name is wider than the area', () => {
    const shown = placeLabels([label('small', 105, 100, 20), label('large', 100, 100, 200)], { ...screen, selected: 'small' });
    expect([...shown.keys()]).toEqual(['small']);
  });

  it('leaves out names much wider than their area on the screen, and names that would leave the map', () => {
    expect(placeLabels([label('tiny', 100, 100, 30)], screen).size).toBe(0);
    expect(placeLabels([label('edge', 20, 100, 200)], screen).size).toBe(0);
    expect(placeLabels([label('inside', 40, 100, 200)], screen).size).toBe(1);
  });

  it('leaves out names under the map controls', () => {
    const attribution = [200, 280, 400, 300];
    expect(placeLabels([label('corner', 300, 285, 200)], { ...screen, blocked: [attribution] }).size).toBe(0);
    expect(placeLabels([label('free', 100, 100, 200)], { ...screen, blocked: [attribution] }).size).toBe(1);
  });
});
