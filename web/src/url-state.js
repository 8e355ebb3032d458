// The view's state as kept in the URL. Routes:
//   /?niveau=wijk&gebied=WK019330&indicator=CODE&periode=2024   the atlas
//   /gebied/WK019330                                           an area profile
//   /verhaal/{slug}                                            a story
//   /embed/kaart?gebied=&indicator=&periode=&niveau=            a map embed
//   /embed/verhaal/{slug}?hoofdstuk=2                           a story chapter embed
// Every route takes ?taal=en for English (Dutch is the default and is not written).
import { DEFAULT_LEVEL, levelFromCode, levelFromParam, levelParam, SWITCHABLE_LEVELS } from './levels.js';

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
  const raw = String(value ?? '').trim().toUpperCase();
  return CODE_PATTERN.test(raw) ? raw : null;
}

/** Parses the atlas query into { level, area, indicator, period }; bad values fall back to defaults. */
export function parseState(search) {
  const p = params(search);
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
  return { level, area, indicator, period };
}

/** Serialises the atlas state to a query string with a leading "?" (niveau, gebied, indicator, periode, taal). */
export function serialiseState({ level, area, indicator, period }, lang = 'nl') {
  const p = new URLSearchParams();
  p.set('niveau', levelParam(SWITCHABLE_LEVELS.includes(level) ? level : DEFAULT_LEVEL));
  if (area) p.set('gebied', area);
  if (indicator) p.set('indicator', indicator);
  if (indicator && period) p.set('periode', period);
  if (lang === 'en') p.set('taal', 'en');
  return `?${p.toString()}`;
}

/** Whether two atlas states describe the same view. */
export function sameState(a, b) {
  return (
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
  if ((m = path.match(/^\/verhaal\/([^/]+)$/)) && SLUG_PATTERN.test(m[1])) return { view: 'story', lang, slug: m[1] };
  if (path === '/embed/kaart') return { view: 'embed-map', lang, state: parseState(search) };
  if ((m = path.match(/^\/embed\/verhaal\/([^/]+)$/)) && SLUG_PATTERN.test(m[1])) {
    const chapter = Number.parseInt(params(search).get('hoofdstuk') ?? '', 10);
    return { view: 'embed-story', lang, slug: m[1], chapter: Number.isInteger(chapter) && chapter > 0 ? chapter : 1 };
  }
  return { view: 'not-found', lang };
}

function withLang(path, lang, extra = new URLSearchParams()) {
  if (lang === 'en') extra.set('taal', 'en');
  const q = extra.toString();
  return q ? `${path}?${q}` : path;
}

/** The URL of an area profile. */
export function profileUrl(areaCode, lang = 'nl') {
  return withLang(`/gebied/${encodeURIComponent(areaCode)}`, lang);
}

/** The URL of a story. */
export function storyUrl(slug, lang = 'nl') {
  return withLang(`/verhaal/${encodeURIComponent(slug)}`, lang);
}

/** The URL of the atlas in a state. */
export function atlasUrl(state, lang = 'nl') {
  return `/${serialiseState(state, lang)}`;
}

/** The embed URL (path and query) of a map view: one area, indicator and period. */
export function mapEmbedUrl({ level, area, indicator, period }, lang = 'nl') {
  const p = new URLSearchParams();
  if (area) p.set('gebied', area);
  if (indicator) p.set('indicator', indicator);
  if (indicator && period) p.set('periode', period);
  if (level) p.set('niveau', levelParam(level));
  return withLang('/embed/kaart', lang, p);
}

/** The embed URL of a story chapter. */
export function storyEmbedUrl(slug, chapter = 1, lang = 'nl') {
  return withLang(`/embed/verhaal/${encodeURIComponent(slug)}`, lang, new URLSearchParams({ hoofdstuk: String(chapter) }));
}

/** The same location in the other language. */
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
