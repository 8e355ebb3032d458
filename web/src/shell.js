// The page shell: language of the static texts, the navigation and small shared widgets.
import { h } from './dom.js';
import { pageLang, t } from './i18n.js';
import { atlasHomeUrl, atlasUrl, switchLangUrl } from './url-state.js';

/** Puts the shell's texts in the language and points the links at the same language. */
export function applyShell(current) {
  const lang = pageLang();
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
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

export function showGemeente(gemeente) {
  shownGemeente = gemeente?.code ?? shownGemeente;
  const brand = document.querySelector('.site-header__brand');
  if (brand) brand.textContent = gemeente?.name ? t('brand', { gemeente: gemeente.name }) : t('brandPlain');
  if (!gemeente?.code) return;
  const home = atlasHomeUrl(gemeente.code);
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
export function renderGemeenteSwitch(gemeenten, currentCode, onChoose) {
  // A page about no gemeente yet (an empty compare page) must not show the first gemeente of the
  // list as if it were chosen: it says "choose one" until the reader does.
  const current = gemeenten.some((g) => g.code === currentCode) ? currentCode : null;
  const select = h(
    'select',
    { id: 'gemeente-select', name: 'gemeente', class: 'utrecht-select utrecht-select--html-select' },
    current ? null : h('option', { value: '', selected: true, disabled: true }, t('gemeenteSwitchNone')),
    gemeenten.map((g) => h('option', { value: g.code, selected: g.code === current }, g.name)),
  );
  if (current) select.value = current;
  const form = h(
    'form',
    { class: 'gemeente-switch', id: 'gemeente-switch', action: '/', method: 'get' },
    h('label', { for: 'gemeente-select', class: 'utrecht-form-label' }, t('gemeenteSwitchLabel')),
    select,
    pageLang() === 'en' ? h('input', { type: 'hidden', name: 'taal', value: 'en' }) : null,
    h('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, t('gemeenteSwitchButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = select.value;
    if (!code) {
      select.focus();
      return;
    }
    if (onChoose) onChoose(code);
    else window.location.assign(atlasUrl({ gemeente: code, level: 'WIJK' }));
  });
  return form;
}

/** Puts the gemeente switcher into the header (replacing an earlier one) when there is more than one gemeente. */
export function mountGemeenteSwitch(gemeenten, currentCode, onChoose) {
  document.getElementById('gemeente-switch')?.remove();
  const slot = document.getElementById('gemeente-switch-slot');
  if (!gemeenten || gemeenten.length < 2) {
    // An atlas of one gemeente has nothing to switch to: its slot goes.
    if (slot) slot.hidden = true;
    return null;
  }
  const form = renderGemeenteSwitch(gemeenten, currentCode ?? shownGemeente, onChoose);
  (slot ?? document.querySelector('.site-header__inner'))?.append(form);
  return form;
}

/** Keeps the language switch pointing at the current URL. */
export function refreshLangSwitch() {
  const switcher = document.getElementById('lang-switch');
  if (switcher) switcher.href = switchLangUrl(window.location.pathname, window.location.search, pageLang() === 'en' ? 'nl' : 'en') + window.location.hash;
}

// The Insluiten button and panel live in embed-snippet.js.
export { embedWidget } from './embed-snippet.js';

/** A source line: "Bron: title (publisher, year)" with a link, and the example label when it is example content. */
/**
 * A source's title as the page names it: in English on an English page where the record has an
 * English title (the Wijkatlas's own derivations and API entries), else by its own title.
 */
export function sourceTitle(source) {
  if (!source) return '';
  return pageLang() === 'en' && source.titleEn ? source.titleEn : source.title;
}

/** The language of a source's title on the page ('nl' on an English page for a Dutch title), or null when it is the page's. */
export function sourceTitleLang(source) {
  return pageLang() !== 'nl' && source && !source.titleEn ? 'nl' : null;
}

export function sourceLine(source, locator) {
  if (!source) return null;
  // A published source is named by its own (Dutch) title: marked so on an English page.
  const titleLang = sourceTitleLang(source);
  const title = source.url ? h('a', { href: source.url, lang: titleLang, class: 'utrecht-link utrecht-link--html-a' }, sourceTitle(source)) : h('span', { lang: titleLang }, sourceTitle(source));
  const extra = [source.publisher, source.year].filter(Boolean).join(', ');
  return h('p', { class: 'source' }, `${t('source')}: `, title, extra ? ` (${extra})` : '', locator ? ` — ${locator}` : '', source.kind === 'EXAMPLE' ? [' ', exampleLabel()] : null);
}

/** The visible "voorbeeldgegevens" label. */
export function exampleLabel() {
  return h('strong', { class: 'example-label' }, t('example'));
}

/** An error box with a retry button. */
export function errorBox(message, onRetry) {
  return h(
    'div',
    { class: 'alert alert--error utrecht-alert utrecht-alert--error', role: 'alert' },
    h('p', { class: 'error__message' }, message),
    onRetry ? h('button', { type: 'button', class: 'button utrecht-button utrecht-button--primary-action', onclick: onRetry }, t('retry')) : null,
  );
}

/** The Dutch/English message of an API error. */
export function errorMessage(error) {
  if (error?.name !== 'ApiError') return t('genericError');
  return error.unreachable ? t('unreachable') : t('failed');
}
