// Classes for the choropleth: quantile breaks over the present values, a colour-blind-safe
// sequential palette (ColorBrewer YlGnBu, readable for the common colour-vision deficiencies),
// and a legend that states every class's range in words.

/** Five sequential colours from light to dark (ColorBrewer YlGnBu 5). */
export const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/** The colour of areas without a figure (drawn with a hatch pattern on the map too). */
export const NO_DATA_COLOUR = '#d9d9d9';

/** The fill of areas whose figure rests on few respondents (with a dotted overlay on the map): outside every class. */
export const FEW_RESPONDENTS_COLOUR = '#ffffff';

/**
 * Classes for the numbers: at most `count` quantile classes with distinct breaks.
 * Returns { breaks: [min, b1, …, max], classes: [{ min, max, colour }] }; no values, no classes.
 */
export function classify(values, count = PALETTE.length) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { breaks: [], classes: [] };
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return { breaks: [min, max], classes: [{ min, max, colour: PALETTE[Math.floor(PALETTE.length / 2)] }] };
  const breaks = [min];
  for (let i = 1; i < count; i++) {
    const position = (sorted.length - 1) * (i / count);
    const lower = Math.floor(position);
    const q = sorted[lower] + (sorted[Math.min(lower + 1, sorted.length - 1)] - sorted[lower]) * (position - lower);
    if (q > breaks[breaks.length - 1] && q < max) breaks.push(q);
  }
  breaks.push(max);
  const n = breaks.length - 1;
  const colours = pickColours(n);
  const classes = [];
  for (let i = 0; i < n; i++) classes.push({ min: breaks[i], max: breaks[i + 1], colour: colours[i] });
  return { breaks, classes };
}

function pickColours(n) {
  if (n >= PALETTE.length) return PALETTE.slice(0, n);
  // Spread fewer classes over the whole ramp so neighbours stay distinguishable.
  return Array.from({ length: n }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / Math.max(1, n - 1))]);
}

/** The index of the class a value falls in (the last class includes its maximum), or -1. */
export function classIndex(classification, value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return -1;
  const { classes } = classification;
  for (let i = 0; i < classes.length; i++) {
    if (value < classes[i].max || i === classes.length - 1) return value >= classes[i].min ? i : -1;
  }
  return -1;
}

/** The fill colour of a value: its class's colour, or the no-data colour. */
export function colourFor(classification, value) {
  const i = classIndex(classification, value);
  return i < 0 ? NO_DATA_COLOUR : classification.classes[i].colour;
}

/**
 * A class's range in words that never shares a boundary with its neighbour: every class but the
 * last is half-open ("265 – < 343": 343 itself falls in the next class, as classIndex assigns it);
 * the last includes its maximum ("343 – 388"). Rounded bounds that would look equal stay apart.
 */
export function classLabel(c, i, count, fmt = String) {
  if (c.min === c.max) return fmt(c.min);
  const last = i === count - 1;
  return last ? `${fmt(c.min)} – ${fmt(c.max)}` : `${fmt(c.min)} – < ${fmt(c.max)}`;
}

/**
 * The legend rows: one per class ({ colour, label, count }), a row for "geen gegevens" when some
 * areas have no figure, and the class holding the city average marked.
 */
export function legendRows(classification, rows, { format, noData, cityAverage } = {}) {
  const fmt = format ?? String;
  const counts = classification.classes.map(() => 0);
  let missing = 0;
  for (const row of rows) {
    const i = row.status === 'PRESENT' ? classIndex(classification, row.value) : -1;
    if (i < 0) missing += 1;
    else counts[i] += 1;
  }
  const averageClass = classIndex(classification, cityAverage);
  const legend = classification.classes.map((c, i) => ({
    colour: c.colour,
    label: classLabel(c, i, classification.classes.length, fmt),
    count: counts[i],
    holdsCityAverage: i === averageClass,
    noData: false,
  }));
  if (missing) legend.push({ colour: NO_DATA_COLOUR, label: noData ?? 'geen gegevens', count: missing, holdsCityAverage: false, noData: true });
  return legend;
}
