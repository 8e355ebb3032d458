// The page shell: language of the static texts, the navigation and small shared widgets.
import { h } from './dom.js';
import { t } from './i18n.js';
import { atlasHomeUrl, atlasUrl, switchLangUrl } from './url-state.js';

/** Puts the shell's texts in the language and points the links at the same language. */
export function applyShell(lang, current) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(lang, element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(lang, element.dataset.i18nLabel));
  const other = lang === 'en' ? 'nl' : 'en';
  const switcher = document.getElementById('lang-switch');
  if (switcher) {
    switcher.href = switchLangUrl(window.location.pathname, window.location.search, other);
    switcher.lang = other;
    switcher.hreflang = other;
  }
  const suffix = lang === 'en' ? '?taal=en' : '';
  const navMap = document.getElementById('nav-map');
  const navStory = document.getElementById('nav-story');
  if (navMap) navMap.href = `/${suffix}`;
  if (navStory) navStory.href = `${navStory.pathname}${suffix}`;
  for (const [element, name] of [
    [navMap, 'atlas'],
    [navStory, 'story'],
  ]) {
    if (!element) continue;
    if (current === name) element.setAttribute('aria-current', 'page');
    else element.removeAttribute('aria-current');
  }
}

/**
 * Names the page's gemeente in the shell: the brand ("Wijkatlas Geldrop-Mierlo"), the map links
 * (its atlas) and the switcher's choice. `gemeente` is { code, name }; null keeps the plain brand.
 */
let shownGemeente = null;

export function showGemeente(lang, gemeente) {
  shownGemeente = gemeente?.code ?? shownGemeente;
  const brand = document.querySelector('.site-header__brand');
  if (brand) brand.textContent = gemeente?.name ? t(lang, 'brand', { gemeente: gemeente.name }) : t(lang, 'brandPlain');
  if (!gemeente?.code) return;
  const home = atlasHomeUrl(gemeente.code, lang);
  if (brand) brand.setAttribute('href', home);
  document.getElementById('nav-map')?.setAttribute('href', home);
  const select = document.getElementById('gemeente-select');
  if (select && [...select.options].some((o) => o.value === gemeente.code)) select.value = gemeente.code;
}

/**
 * The gemeente switcher in the header: a labelled select and a button (choosing alone does not
 * navigate, WCAG 3.2.2), shown when the atlas holds more than one gemeente. `onChoose(code)` runs on
 * submit; by default it opens that gemeente's atlas.
 */
export function renderGemeenteSwitch(lang, gemeenten, currentCode, onChoose) {
  const select = h(
    'select',
    { id: 'gemeente-select', name: 'gemeente', class: 'utrecht-select utrecht-select--html-select' },
    gemeenten.map((g) => h('option', { value: g.code, selected: g.code === currentCode }, g.name)),
  );
  if (currentCode) select.value = currentCode;
  const form = h(
    'form',
    { class: 'gemeente-switch', id: 'gemeente-switch', action: '/', method: 'get' },
    h('label', { for: 'gemeente-select', class: 'utrecht-form-label' }, t(lang, 'gemeenteSwitchLabel')),
    select,
    lang === 'en' ? h('input', { type: 'hidden', name: 'taal', value: 'en' }) : null,
    h('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, t(lang, 'gemeenteSwitchButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = select.value;
    if (onChoose) onChoose(code);
    else window.location.assign(atlasUrl({ gemeente: code, level: 'WIJK' }, lang));
  });
  return form;
}

/** Puts the gemeente switcher into the header (replacing an earlier one) when there is more than one gemeente. */
export function mountGemeenteSwitch(lang, gemeenten, currentCode, onChoose) {
  document.getElementById('gemeente-switch')?.remove();
  const slot = document.getElementById('gemeente-switch-slot');
  if (!gemeenten || gemeenten.length < 2) {
    // An atlas of one gemeente has nothing to switch to: its slot goes.
    if (slot) slot.hidden = true;
    return null;
  }
  const form = renderGemeenteSwitch(lang, gemeenten, currentCode ?? shownGemeente, onChoose);
  (slot ?? document.querySelector('.site-header__inner'))?.append(form);
  return form;
}

/** Keeps the language switch pointing at the current URL. */
export function refreshLangSwitch(lang) {
  const switcher = document.getElementById('lang-switch');
  if (switcher) switcher.href = switchLangUrl(window.location.pathname, window.location.search, lang === 'en' ? 'nl' : 'en') + window.location.hash;
}

// The Insluiten button and panel live in embed-snippet.js.
export { embedWidget } from './embed-snippet.js';

/** A source line: "Bron: title (publisher, year)" with a link, and the example label when it is example content. */
/**
 * A source's title as the page names it: in English on an English page where the record has an
 * English title (the Wijkatlas's own derivations and API entries), else by its own title.
 */
export function sourceTitle(lang, source) {
  if (!source) return '';
  return lang === 'en' && source.titleEn ? source.titleEn : source.title;
}

/** The language of a source's title on the page ('nl' on an English page for a Dutch title), or null when it is the page's. */
export function sourceTitleLang(lang, source) {
  return lang !== 'nl' && source && !source.titleEn ? 'nl' : null;
}

export function sourceLine(lang, source, locator) {
  if (!source) return null;
  // A published source is named by its own (Dutch) title: marked so on an English page.
  const titleLang = sourceTitleLang(lang, source);
  const title = source.url
    ? h('a', { href: source.url, lang: titleLang, class: 'utrecht-link utrecht-link--html-a' }, sourceTitle(lang, source))
    : h('span', { lang: titleLang }, sourceTitle(lang, source));
  const extra = [source.publisher, source.year].filter(Boolean).join(', ');
  return h('p', { class: 'source' }, `${t(lang, 'source')}: `, title, extra ? ` (${extra})` : '', locator ? ` — ${locator}` : '', source.kind === 'EXAMPLE' ? [' ', exampleLabel(lang)] : null);
}

/** The visible "voorbeeldgegevens" label. */
export function exampleLabel(lang) {
  return h('strong', { class: 'example-label' }, t(lang, 'example'));
}

/** An error box with a retry button. */
export function errorBox(lang, message, onRetry) {
  return h(
    'div',
    { class: 'alert alert--error utrecht-alert utrecht-alert--error', role: 'alert' },
    h('p', { class: 'error__message' }, message),
    onRetry ? h('button', { type: 'button', class: 'button utrecht-button utrecht-button--primary-action', onclick: onRetry }, t(lang, 'retry')) : null,
  );
}

/** The Dutch/English message of an API error. */
export function errorMessage(lang, error) {
  if (error?.name !== 'ApiError') return t(lang, 'genericError');
  return error.unreachable ? t(lang, 'unreachable') : t(lang, 'failed');
}
