import { afterEach, describe, expect, test } from 'vitest';
import { activeIndex, createStoryEngine, describeChapter, mapStateFor, pagedChapter } from './story-engine.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

const chapters = [
  {
    title: 'Buurt voor Buurt',
    view: { focusArea: { code: 'GM0193', name: 'Zwolle', level: 'GEMEENTE', bbox: [1, 2, 3, 4] } },
    layers: { indicatorCode: 'bvb', period: '2020', initiatives: false, credits: false },
  },
  {
    title: 'Holtenbroek',
    view: { focusArea: { code: 'WK019330', name: 'Wijk 30 Holtenbroek', level: 'WIJK', bbox: [1, 2, 3, 4] } },
    layers: { indicatorCode: null, period: null, initiatives: true, credits: true },
  },
  { title: 'Camera', view: { focusArea: null, center: { lon: 6, lat: 52 }, zoom: 12 }, layers: { initiatives: false, credits: false } },
];

describe('story engine', () => {
  test('the active chapter is the last whose top passed the middle of the screen', () => {
    expect(activeIndex([100, 900, 1700], 800)).toBe(0);
    expect(activeIndex([-500, 350, 1200], 800)).toBe(1);
    expect(activeIndex([-2000, -1000, -10], 800)).toBe(2);
    expect(activeIndex([500, 900], 800)).toBe(0);
  });
  test('maps a chapter to a map state', () => {
    expect(mapStateFor(chapters[0])).toMatchObject({ level: 'WIJK', indicator: 'bvb', period: '2020', bbox: [1, 2, 3, 4] });
    expect(mapStateFor(chapters[1])).toMatchObject({ level: 'BUURT', initiatives: true, credits: true });
    expect(mapStateFor(chapters[2])).toMatchObject({ bbox: null, center: { lon: 6, lat: 52 }, zoom: 12 });
  });
  test('describes every map state in words', () => {
    setPageLang('nl');
    expect(describeChapter(chapters[0], 0, 3, 'Rapportcijfer leefbaarheid')).toBe(
      'Hoofdstuk 1 van 3, Buurt voor Buurt. De kaart toont de hele gemeente Zwolle, met Rapportcijfer leefbaarheid (2020).',
    );
    setPageLang('en');
    expect(describeChapter(chapters[1], 1, 3)).toBe('Chapter 2 of 3, Holtenbroek. The map shows Wijk 30 Holtenbroek, with the resident initiatives, with the areas that kredieten go to.');
  });
  test('shows each chapter once and holds still while the reader explores', () => {
    const shown = [];
    const engine = createStoryEngine({ chapters, show: (_, i) => shown.push(i) });
    engine.enter(0);
    engine.enter(0);
    engine.enter(1);
    engine.explore(true);
    engine.enter(2);
    expect(shown).toEqual([0, 1]);
    engine.explore(false);
    expect(shown).toEqual([0, 1, 2]);
    expect(engine.enter(7)).toBe(false);
  });
});

describe('paging by chapter', () => {
  test('moves one chapter per key and never past either end', () => {
    expect(pagedChapter(' ', false, 1, 5)).toBe(2);
    expect(pagedChapter('PageDown', false, 1, 5)).toBe(2);
    expect(pagedChapter(' ', true, 1, 5)).toBe(0);
    expect(pagedChapter('PageUp', false, 0, 5)).toBeNull();
    expect(pagedChapter('PageDown', false, 4, 5)).toBeNull();
    expect(pagedChapter('Home', false, 3, 5)).toBe(0);
    expect(pagedChapter('End', false, 0, 5)).toBe(4);
    expect(pagedChapter('ArrowDown', false, 0, 5)).toBeNull();
  });
});
