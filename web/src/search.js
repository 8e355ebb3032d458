// "Vind mijn buurt": an area name (matched in the browser over the area list), an address or
// postcode through the PDOK Locatieserver (/free), or the visitor's location; each result opens
// the buurt's profile.
import { graphql } from './api.js';
import { AREA_AT_QUERY, AREA_NAMES_QUERY } from './api-queries.js';
import { h } from './dom.js';
import { levelWord, t } from './i18n.js';
import { inGemeente } from './gemeente.js';
import { placeHash, profileUrl } from './url-state.js';

let namesPromise = null;

/** Lower case without accents and punctuation, for matching names. */
export function normalise(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LEVEL_ORDER = { BUURT: 0, WIJK: 1, STADSDEEL: 2, GEBIED: 3, GEMEENTE: 4 };

/** The areas whose name contains every word of the query; names starting with it first, then by level. */
export function matchAreas(areas, query, limit = 10) {
  const words = normalise(query).split(' ').filter(Boolean);
  if (!words.length) return [];
  const q = words.join(' ');
  return areas
    .map((area) => ({ area, name: normalise(area.name) }))
    .filter(({ name }) => words.every((w) => name.includes(w)))
    .sort(
      (a, b) =>
        Number(!a.name.startsWith(q)) - Number(!b.name.startsWith(q)) || (LEVEL_ORDER[a.area.level] ?? 9) - (LEVEL_ORDER[b.area.level] ?? 9) || a.name.localeCompare(b.name, 'nl', { numeric: true }),
    )
    .slice(0, limit)
    .map(({ area }) => area);
}

/** Whether a query looks like an address or a postcode rather than a name. */
export function looksLikeAddress(query) {
  return /\d/.test(query) || /^\d{4}\s?[a-z]{2}$/i.test(query.trim());
}

/** The URL of this site's address search, which asks the Locatieserver (/free) on the page's behalf. */
export function addressSearchUrl(query) {
  return `/api/adressen?${new URLSearchParams({ q: query })}`;
}

/** The places of a Locatieserver answer: [{ label, type, lon, lat }], those without a point left out. */
export function parseLocatieserver(body) {
  const docs = body?.response?.docs;
  if (!Array.isArray(docs)) return [];
  return docs
    .map((doc) => {
      const m = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(String(doc.centroide_ll ?? ''));
      return m ? { label: String(doc.weergavenaam ?? ''), type: String(doc.type ?? ''), lon: Number(m[1]), lat: Number(m[2]) } : null;
    })
    .filter(Boolean);
}

function loadNames() {
  if (!namesPromise) {
    namesPromise = graphql(AREA_NAMES_QUERY).then((d) => d.areas.edges.map((e) => e.node).filter((a) => a.level !== 'GEMEENTE'));
    namesPromise.catch(() => (namesPromise = null));
  }
  return namesPromise;
}

async function buurtAt(lon, lat) {
  const data = await graphql(AREA_AT_QUERY, { lon, lat });
  return data.areaAt;
}

/**
 * The search form. `gemeente` ({ code, name }, its name filled in once known) limits the name search
 * to that gemeente's areas and names it in the messages.
 */
export function renderSearch(frontendConfig = {}, gemeente = null) {
  const gemeenteName = () => gemeente?.name ?? gemeente?.code ?? '';
  const status = h('p', { class: 'search__status', role: 'status' });
  const results = h('div', { class: 'search__results' });
  const input = h('input', {
    id: 'search-input',
    class: 'utrecht-textbox utrecht-textbox--html-input',
    type: 'search',
    name: 'q',
    autocomplete: 'street-address',
    'aria-describedby': 'search-help',
    required: true,
  });
  const form = h(
    'form',
    { class: 'search', role: 'search', 'aria-labelledby': 'search-heading' },
    h('h2', { id: 'search-heading', class: 'utrecht-heading-2' }, t('searchHeading')),
    h('label', { for: 'search-input', class: 'utrecht-form-label' }, t('searchLabel')),
    h('p', { id: 'search-help', class: 'search__help' }, t('searchHelp')),
    h(
      'div',
      { class: 'search__row' },
      input,
      h('button', { type: 'submit', class: 'button utrecht-button utrecht-button--primary-action' }, t('searchButton')),
      h('button', { type: 'button', class: 'button button--secondary utrecht-button utrecht-button--secondary-action', id: 'locate-button', onclick: locate }, t('searchLocate')),
    ),
    status,
    results,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(input.value.trim());
  });

  async function search(query) {
    if (!query) return;
    status.textContent = t('searching');
    results.replaceChildren();
    const [names, places] = await Promise.all([
      loadNames()
        .then((areas) => matchAreas(gemeente?.code ? areas.filter((a) => inGemeente(a, gemeente.code)) : areas, query))
        .catch(() => []),
      addresses(query),
    ]);
    const blocks = [];
    if (names.length) {
      blocks.push(
        h('h3', {}, t('searchAreasMatch')),
        h(
          'ul',
          { class: 'search__list' },
          names.map((area) => h('li', {}, h('a', { href: profileUrl(area.code), class: 'search-result' }, area.name), ` (${levelWord(area.level)})`)),
        ),
      );
    }
    const placeList = places.list ?? [];
    if (placeList.length) {
      blocks.push(
        h('h3', {}, t('searchAddresses')),
        h(
          'ul',
          { class: 'search__list' },
          placeList.map((place) => h('li', {}, h('button', { type: 'button', class: 'link-button search-place', onclick: () => openPlace(place) }, place.label))),
        ),
      );
    }
    if (places.unavailable) blocks.push(h('p', { class: 'alert alert--info utrecht-alert utrecht-alert--info search__unavailable' }, t('searchUnavailable')));
    results.replaceChildren(...blocks);
    const count = names.length + placeList.length;
    status.textContent = count ? t('searchResults', { count, q: query }) : t('searchNoResults', { q: query });
  }

  async function addresses(query) {
    if (!frontendConfig.locatieserverUrl) return { list: [], unavailable: looksLikeAddress(query) };
    try {
      const response = await fetch(addressSearchUrl(query), { signal: AbortSignal.timeout(10000) });
      if (!response.ok) return { list: [], unavailable: true };
      return { list: parseLocatieserver(await response.json()) };
    } catch {
      return { list: [], unavailable: true };
    }
  }

  async function openPlace(place) {
    status.textContent = t('searching');
    try {
      const area = await buurtAt(place.lon, place.lat);
      if (!area) {
        status.textContent = t('searchOutside', { gemeente: gemeenteName() });
        return;
      }
      window.location.assign(`${profileUrl(area.code)}${placeHash(place)}`);
    } catch {
      status.textContent = t('failed');
    }
  }

  function locate() {
    if (!navigator.geolocation) {
      status.textContent = t('searchLocateFailed');
      return;
    }
    status.textContent = t('searchLocating');
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        try {
          const area = await buurtAt(position.coords.longitude, position.coords.latitude);
          if (!area) status.textContent = t('searchLocateOutside', { gemeente: gemeenteName() });
          else window.location.assign(`${profileUrl(area.code)}${placeHash({ lon: position.coords.longitude, lat: position.coords.latitude })}`);
        } catch {
          status.textContent = t('searchLocateFailed');
        }
      },
      () => (status.textContent = t('searchLocateFailed')),
      { timeout: 10000 },
    );
  }

  return form;
}
