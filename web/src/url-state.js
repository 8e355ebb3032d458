// The view's state as kept in the URL. Routes:
//   /?niveau=wijk&gebied=WK019330&indicator=CODE&periode=2024   the atlas
//   /gebied/WK019330                                           an area profile
//   /verhaal/{slug}                                            a story
//   /embed/kaart?gebied=&indicator=&periode=&niveau=            a map embed
//   /embed/verhaal/{slug}?hoofdstuk=2                           a story chapter embed
// Every route takes ?taal=en for English (Dutch is the default and is not written), and the atlas,
// story and embeds ?gemeente=GM1771 for the gemeente shown (GM0193 when absent, so older links keep
// working; the default is not written). A profile takes its gemeente from the area's ancestors.
import { pageLang } from './i18n.js';
import { DEFAULT_LEVEL, levelFromCode, levelFromParam, levelParam, SWITCHABLE_LEVELS } from './levels.js';

/** The gemeente shown when the URL names none. */
export const DEFAULT_GEMEENTE = 'GM0193';

const GEMEENTE_PATTERN = /^GM\d{4}$/;
const CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;
const INDICATOR_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
const PERIOD_PATTERN = /^\d{4}(-\d{4})?$/;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

function params(search) {
  return search instanceof URLSearchParams ? search : new URLSearchParams(search ?? '');
}

/** The language of a query string: 'en' or 'nl'. */
export function parseLang(search) {
  return params(search).get('taal') === 'en' ? 'en' : 'nl';
}

function code(value) {
  const raw = String(value ?? '')
    .trim()
    .toUpperCase();
  return CODE_PATTERN.test(raw) ? raw : null;
}

/** The gemeente code of a query string (?gemeente=GM1771), or the default. */
export function parseGemeente(search) {
  const raw = String(params(search).get('gemeente') ?? '')
    .trim()
    .toUpperCase();
  return GEMEENTE_PATTERN.test(raw) ? raw : DEFAULT_GEMEENTE;
}

/** Parses the atlas query into { gemeente, level, area, indicator, period }; bad values fall back to defaults. */
export function parseState(search) {
  const p = params(search);
  const gemeente = parseGemeente(p);
  const area = code(p.get('gebied'));
  let level = levelFromParam(p.get('niveau'));
  if (!level) {
    const codeLevel = area ? levelFromCode(area) : null;
    level = SWITCHABLE_LEVELS.includes(codeLevel) ? codeLevel : DEFAULT_LEVEL;
  }
  const rawIndicator = (p.get('indicator') ?? '').trim();
  const indicator = INDICATOR_PATTERN.test(rawIndicator) ? rawIndicator : null;
  const rawPeriod = (p.get('periode') ?? '').trim();
  const period = indicator && PERIOD_PATTERN.test(rawPeriod) ? rawPeriod : null;
  return { gemeente, level, area, indicator, period };
}

function setGemeente(p, gemeente) {
  if (gemeente && gemeente !== DEFAULT_GEMEENTE) p.set('gemeente', gemeente);
}

/** Serialises the atlas state to a query string with a leading "?" (gemeente, niveau, gebied, indicator, periode, taal). */
export function serialiseState({ gemeente, level, area, indicator, period }) {
  const p = new URLSearchParams();
  setGemeente(p, gemeente);
  p.set('niveau', levelParam(SWITCHABLE_LEVELS.includes(level) ? level : DEFAULT_LEVEL));
  if (area) p.set('gebied', area);
  if (indicator) p.set('indicator', indicator);
  if (indicator && period) p.set('periode', period);
  if (pageLang() === 'en') p.set('taal', 'en');
  return `?${p.toString()}`;
}

/** Whether two atlas states describe the same view. */
export function sameState(a, b) {
  return (
    (a.gemeente ?? DEFAULT_GEMEENTE) === (b.gemeente ?? DEFAULT_GEMEENTE) &&
    a.level === b.level &&
    (a.area ?? null) === (b.area ?? null) &&
    (a.indicator ?? null) === (b.indicator ?? null) &&
    (a.period ?? null) === (b.period ?? null)
  );
}

/**
 * The route of a location: { view, lang, ... } with view one of atlas, profile, story, embed-map,
 * embed-story, not-found.
 */
export function parseRoute(pathname, search) {
  const lang = parseLang(search);
  const path = (pathname || '/').replace(/\/+$/, '') || '/';
  let m;
  if (path === '/') return { view: 'atlas', lang, state: parseState(search) };
  if ((m = path.match(/^\/gebied\/([^/]+)$/))) {
    const c = code(decodeURIComponent(m[1]));
    return c ? { view: 'profile', lang, code: c } : { view: 'not-found', lang };
  }
  if ((m = path.match(/^\/verhaal\/([^/]+)$/)) && SLUG_PATTERN.test(m[1])) return { view: 'story', lang, slug: m[1], gemeente: parseGemeente(search) };
  if (path === '/embed/kaart') return { view: 'embed-map', lang, state: parseState(search) };
  if (path === '/vergelijk' || path === '/embed/vergelijk') {
    // Two to four area codes, in order, each once; malformed ones are dropped.
    const codes = [
      ...new Set(
        (params(search).get('gebieden') ?? '')
          .split(',')
          .map((c) => code(c.trim()))
          .filter(Boolean),
      ),
    ].slice(0, 4);
    return { view: path === '/vergelijk' ? 'compare' : 'embed-compare', lang, codes };
  }
  if ((m = path.match(/^\/embed\/verhaal\/([^/]+)$/)) && SLUG_PATTERN.test(m[1])) {
    const chapter = Number.parseInt(params(search).get('hoofdstuk') ?? '', 10);
    const period = params(search).get('periode');
    return {
      view: 'embed-story',
      lang,
      slug: m[1],
      gemeente: parseGemeente(search),
      chapter: Number.isInteger(chapter) && chapter > 0 ? chapter : 1,
      period: /^\d{4}(-\d{4})?$/.test(period ?? '') ? period : null,
    };
  }
  return { view: 'not-found', lang };
}

// Links stay in the page's language: English adds ?taal=en.
function withLang(path, extra = new URLSearchParams()) {
  if (pageLang() === 'en') extra.set('taal', 'en');
  const q = extra.toString();
  return q ? `${path}?${q}` : path;
}

/** The URL of the comparison of areas (codes in order). */
export function compareUrl(codes) {
  const p = new URLSearchParams();
  p.set('gebieden', codes.join(','));
  return withLang('/vergelijk', p).replace(/%2C/g, ',');
}

/** The embed URL of the comparison of areas. */
export function compareEmbedUrl(codes) {
  return compareUrl(codes).replace(/^\/vergelijk/, '/embed/vergelijk');
}

/** The URL of an area profile. */
export function profileUrl(areaCode) {
  return withLang(`/gebied/${encodeURIComponent(areaCode)}`);
}

/** The URL of a story. */
export function storyUrl(slug, gemeente = null) {
  const p = new URLSearchParams();
  setGemeente(p, gemeente);
  return withLang(`/verhaal/${encodeURIComponent(slug)}`, p);
}

/** The URL of the atlas in a state. */
export function atlasUrl(state) {
  return `/${serialiseState(state)}`;
}

/** The atlas's landing URL for a gemeente: "/" for the default, "/?gemeente=GM1771" for another. */
export function atlasHomeUrl(gemeente) {
  const p = new URLSearchParams();
  setGemeente(p, gemeente);
  return withLang('/', p);
}

/** The URL value of "geen indicator": chosen on purpose, so a reload does not bring the atlas's default back. */
export const NO_INDICATOR = 'geen';

/** The embed URL (path and query) of a map view: one area, indicator and period (an embed has no default indicator). */
export function mapEmbedUrl({ gemeente, level, area, indicator: chosen, period }) {
  const indicator = chosen === NO_INDICATOR ? null : chosen;
  const p = new URLSearchParams();
  setGemeente(p, gemeente);
  if (area) p.set('gebied', area);
  if (indicator) p.set('indicator', indicator);
  if (indicator && period) p.set('periode', period);
  if (level) p.set('niveau', levelParam(level));
  return withLang('/embed/kaart', p);
}

/** The embed URL of a story chapter. */
export function storyEmbedUrl(slug, chapter = 1, gemeente = null, period = null) {
  const p = new URLSearchParams();
  setGemeente(p, gemeente);
  p.set('hoofdstuk', String(chapter));
  if (period) p.set('periode', period);
  return withLang(`/embed/verhaal/${encodeURIComponent(slug)}`, p);
}

/**
 * The same location in another language. Unlike the other builders this one takes the language:
 * its purpose is a link out of the page's language (the language switcher).
 */
export function switchLangUrl(pathname, search, lang) {
  const p = new URLSearchParams(search ?? '');
  if (lang === 'en') p.set('taal', 'en');
  else p.delete('taal');
  const q = p.toString();
  return q ? `${pathname}?${q}` : pathname;
}

/** An iframe snippet for an embed URL on this site. */
export function iframeSnippet(origin, embedPath, title, width = 640, height = 480) {
  const src = `${origin}${embedPath}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const safeTitle = String(title).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${src}" width="${width}" height="${height}" title="${safeTitle}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/**
 * The place a search found, as a URL fragment for the profile it opens ("#plek=6.08890,52.52180"):
 * a fragment never reaches the server or its logs.
 */
export function placeHash(place) {
  if (!place || !Number.isFinite(place.lon) || !Number.isFinite(place.lat)) return '';
  return `#plek=${place.lon.toFixed(5)},${place.lat.toFixed(5)}`;
}

/** The place in a "#plek=lon,lat" fragment, or null (also for points far outside the Netherlands). */
export function parsePlaceHash(hash) {
  const m = /^#plek=(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(String(hash ?? ''));
  if (!m) return null;
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  return lon >= 3 && lon <= 8 && lat >= 50 && lat <= 54 ? { lon, lat } : null;
}
