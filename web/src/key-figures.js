// The profile's key-figure cards: which figures they show, and their two small graphics — a dot
// plot of the area's value beside the city's on one scale, and a sparkline of the area's periods.
// The card's text says both values and the period; the graphics add the picture, never a figure
// the text does not have.
import { svg as el } from './dom.js';
import { KEY_INDICATORS, sparklineSvg, trendSeries, trendSummary, withGaps } from './trend.js';

/**
 * The figures on the cards: the key indicators the area has (KEY_INDICATORS order), topped up to
 * four with its other figures when it has fewer, at most six. `latest` as latestPerIndicator gives.
 */
export function keyFigures(latest) {
  const shown = latest.filter((v) => typeof v.value === 'number' || v.category);
  const byCode = new Map(shown.map((v) => [v.indicator.code, v]));
  const chosen = KEY_INDICATORS.map((c) => byCode.get(c)).filter(Boolean);
  for (const v of shown) if (chosen.length < 4 && !chosen.includes(v)) chosen.push(v);
  return chosen.slice(0, 6);
}

/**
 * The scale { min, max } of a dot plot of `values` (the area's and the city's) in `unit`:
 * percentages 0–100, report marks 1–10, scale scores 0–10 (when the values lie within), otherwise
 * from 0 (or below the lowest negative value) to a fifth above the highest. Null when fewer than
 * two numbers or nothing to spread them over.
 */
export function plotScale(unit, values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (numbers.length < 2) return null;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const u = String(unit ?? '').toLowerCase();
  if (u === '%' && lo >= 0 && hi <= 100) return { min: 0, max: 100 };
  if (u.startsWith('rapportcijfer') && lo >= 1 && hi <= 10) return { min: 1, max: 10 };
  if (u === 'score' && lo >= 0 && hi <= 10) return { min: 0, max: 10 };
  const min = lo < 0 ? lo * 1.2 : 0;
  const max = hi > 0 ? hi * 1.2 : 0;
  return max > min ? { min, max } : null;
}

/** Where `value` lies on `scale`, from 0 (min) to 1 (max). */
export function plotPosition(scale, value) {
  return Math.min(1, Math.max(0, (value - scale.min) / (scale.max - scale.min)));
}

const PLOT_WIDTH = 200;
const PLOT_HEIGHT = 20;
const PLOT_PAD = 7;

/**
 * The dot plot of a card: a line for the scale, the city as a hollow diamond (◆, as in the map's
 * legend) and the area as a dot on top of it. Hidden from screen readers: the card's text says
 * both values. Null without a scale.
 */
export function dotPlot(value, cityValue, unit) {
  const scale = plotScale(unit, [value, cityValue]);
  if (!scale) return null;
  const x = (v) => (PLOT_PAD + plotPosition(scale, v) * (PLOT_WIDTH - 2 * PLOT_PAD)).toFixed(1);
  const y = PLOT_HEIGHT / 2;
  const svg = el('svg', { viewBox: `0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`, class: 'key-figure__plot', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(el('line', { class: 'key-figure__scale', x1: PLOT_PAD, x2: PLOT_WIDTH - PLOT_PAD, y1: y, y2: y }));
  for (const end of [PLOT_PAD, PLOT_WIDTH - PLOT_PAD]) svg.append(el('line', { class: 'key-figure__scale', x1: end, x2: end, y1: y - 4, y2: y + 4 }));
  const cx = Number(x(cityValue));
  svg.append(el('path', { class: 'key-figure__city-mark', d: `M${cx} ${y - 6}L${cx + 6} ${y}L${cx} ${y + 6}L${cx - 6} ${y}Z` }));
  svg.append(el('circle', { class: 'key-figure__area-mark', cx: x(value), cy: y, r: 4.5 }));
  return svg;
}

/**
 * The sparkline of a card: the area's periods of the indicator when it has two or more with a
 * number, its text alternative naming the first and last period and figure; else null.
 */
export function cardSparkline(area, series, code, index) {
  const own = trendSeries(
    (series ?? []).filter((s) => s?.indicator?.code === code),
    1,
  )[0];
  if (!own) return null;
  const values = withGaps(own.values);
  return sparklineSvg(values, { width: 200, height: 36, title: trendSummary(area, own, values), titleId: `key-figure-${index}-trend`, className: 'sparkline key-figure__sparkline' });
}
