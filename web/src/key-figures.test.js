import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { cardSparkline, dotPlot, keyFigures, plotPosition, plotScale } from './key-figures.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

installFakeDom();

const v = (period, value) => ({ period, value, status: value === null ? 'MISSING' : 'PRESENT', source: { title: 'CBS' } });
const figure = (code, value = 1, extra = {}) => ({ indicator: { code, label: code, unit: 'aantal' }, period: '2025', value, ...extra });

describe('key-figure cards', () => {
  test('the dot plot scale: percentages 0–100, report marks 1–10, scale scores 0–10, else 0 to a fifth above the highest', () => {
    expect(plotScale('%', [35, 41.5])).toEqual({ min: 0, max: 100 });
    expect(plotScale('rapportcijfer 1-10', [6.8, 7.4])).toEqual({ min: 1, max: 10 });
    expect(plotScale('score', [4.2, 5])).toEqual({ min: 0, max: 10 });
    expect(plotScale('x 1 000 euro', [268, 320])).toEqual({ min: 0, max: 384 });
    expect(plotScale('aantal', [10080, 133815]).max).toBeCloseTo(160578);
    // A "percentage" outside 0–100 (a growth rate) gets the open scale, negative values room below.
    expect(plotScale('%', [-10, 120])).toEqual({ min: -12, max: 144 });
    // Nothing to plot: one number only, or both 0.
    expect(plotScale('%', [12, null])).toBeNull();
    expect(plotScale('aantal', [0, 0])).toBeNull();
    expect(plotPosition({ min: 1, max: 10 }, 5.5)).toBe(0.5);
    expect(plotPosition({ min: 0, max: 100 }, 0)).toBe(0);
  });

  test('the dot plot places the area and the city on the scale, hidden from screen readers', () => {
    const svg = dotPlot(25, 75, '%');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    // 200 wide, 7 padding each side: 25 % at 7 + 0.25 × 186, 75 % at 7 + 0.75 × 186.
    expect(svg.querySelector('circle.key-figure__area-mark').getAttribute('cx')).toBe('53.5');
    expect(svg.querySelector('path.key-figure__city-mark').getAttribute('d')).toMatch(/^M146.5 /);
    expect(dotPlot(25, null, '%')).toBeNull();
  });

  test('a sparkline where the area has two or more periods with a figure, named from first to last', () => {
    const series = [
      { indicator: { code: 'AantalInwoners_5', label: 'Aantal inwoners', labelEn: 'Inhabitants', unit: 'aantal', valueKind: 'NUMBER' }, values: [v('2022', 9830), v('2023', null), v('2025', 10080)] },
      { indicator: { code: 'one', label: 'One', unit: '%', valueKind: 'NUMBER' }, values: [v('2024', null), v('2025', 12)] },
    ];
    const area = { name: 'Wijk 30 Holtenbroek' };
    setPageLang('nl');
    const svg = cardSparkline(area, series, 'AantalInwoners_5', 0);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title').textContent).toBe('Aantal inwoners in Wijk 30 Holtenbroek, 2022 tot en met 2025: van 9.830 (2022) naar 10.080 (2025)');
    expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title').id);
    // 2022, (2023 missing), 2024 filled in as missing, 2025: two dots, no solid line through the
    // gap, only the dashed bridge that says no figure lies there.
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelectorAll('polyline')).toHaveLength(0);
    expect(svg.querySelectorAll('line.sparkline__gap')).toHaveLength(1);
    setPageLang('en');
    expect(cardSparkline(area, series, 'AantalInwoners_5', 1).querySelector('title').textContent).toMatch(/^Inhabitants in Wijk 30 Holtenbroek, 2022 to 2025/);
    // One period with a figure, or no series at all: no sparkline.
    setPageLang('nl');
    expect(cardSparkline(area, series, 'one', 2)).toBeNull();
    expect(cardSparkline(area, series, 'absent', 3)).toBeNull();
    expect(cardSparkline(area, [], 'AantalInwoners_5', 4)).toBeNull();
  });

  test('the cards: key indicators first in their order, topped up to four, at most six', () => {
    const latest = [figure('z1'), figure('z2'), figure('Bevolkingsdichtheid_34'), figure('AantalInwoners_5'), figure('z3'), figure('cat', null, { category: 'A' }), figure('none', null)];
    expect(keyFigures(latest).map((f) => f.indicator.code)).toEqual(['AantalInwoners_5', 'Bevolkingsdichtheid_34', 'z1', 'z2']);
    const many = ['AantalInwoners_5', 'Bevolkingsdichtheid_34', 'HuishoudensTotaal_29', 'GemiddeldeWOZWaardeVanWoningen_39', 'zwolle_bslftgem', 'zwolle_bsp65_eo', 'oppervlakte_grens_ha'].map((c) =>
      figure(c),
    );
    expect(keyFigures(many.reverse())).toHaveLength(6);
    expect(keyFigures(many)[0].indicator.code).toBe('AantalInwoners_5');
  });
});
