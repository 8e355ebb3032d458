// Wijkatlas: picks the view for the URL (atlas, area profile, story, embeds) and loads
// only that view's code and data. Every view is its own chunk; MapLibre is another one, loaded by
// the views only when they draw a map (see map-lazy.js), so this entry stays small and the text of
// a page paints before the map library has arrived.
import './nlds.css';
import './styles.css';
import { fetchConfig } from './api.js';
import { h } from './dom.js';
import { levelWord, setPageLang, t } from './i18n.js';
import { applyShell, mountGemeenteSwitch } from './shell.js';
import { watchFirstFrame } from './map-view.js';
import { atlasHomeUrl, atlasUrl, parseRoute, parseState } from './url-state.js';

// The server marks a page it answered with an error status (an unknown area, indicator or story
// gives 404): then the app shows its not-found or error page instead of the view.
const status = Number(document.querySelector('meta[name="wijkatlas-status"]')?.content ?? 200);
const parsed = parseRoute(window.location.pathname, window.location.search);
const route = status >= 400 ? { ...parsed, view: status === 404 ? 'not-found' : 'error' } : parsed;
const main = document.getElementById('inhoud');
// The page's language, once for the whole load: every module reads it with pageLang().
setPageLang(route.lang);
const embedded = route.view === 'embed-map' || route.view === 'embed-story' || route.view === 'embed-compare';
if (embedded) document.body.classList.add('embed');
applyShell(route.view === 'atlas' ? 'atlas' : route.view === 'story' ? 'story' : null);

if (route.view === 'atlas') {
  // index.html carries the landing page's Dutch title and intro; put them in the page's language
  // and level now, while the atlas view's code loads.
  const title = document.getElementById('page-title');
  const intro = document.getElementById('atlas-intro');
  // The gemeente's name comes with the atlas's first data; until then the title names the level only.
  if (title) title.textContent = t('atlasTitlePlain', { plural: levelWord(parseState(window.location.search).level, true) });
  if (intro) intro.textContent = t('atlasIntroPlain');
  const loading = document.getElementById('page-loading');
  if (loading) loading.textContent = t('loading');
} else if (route.view === 'profile' && main.dataset.firstFrame === route.code) {
  // The server drew the profile's first frame (name and locator picture): it stays until the
  // profile replaces it.
  watchFirstFrame();
} else {
  // Other pages: the landing page's texts must not show; each view fills <main> itself.
  main.replaceChildren(h('h1', { class: 'utrecht-heading-1' }, t('loading')));
}

start();
if (!embedded) {
  // The switcher waits for the list of gemeenten (a small query) and for the page's own text.
  import('./data.js')
    .then(({ loadGemeenten }) => loadGemeenten())
    .then((gemeenten) =>
      mountGemeenteSwitch(
        gemeenten,
        route.state?.gemeente ?? route.gemeente ?? null,
        // On the atlas another gemeente keeps the level and indicator; elsewhere it opens that gemeente's atlas.
        route.view === 'atlas' ? (code) => window.location.assign(atlasUrl({ ...parseState(window.location.search), gemeente: code, area: null, period: null })) : undefined,
      ),
    )
    .catch(() => {});
}

async function start() {
  if (route.view === 'atlas') {
    // The landing page draws its frame at once; the config arrives while the areas load.
    const configPromise = fetchConfig();
    const { renderAtlas } = await import('./views/atlas.js');
    return renderAtlas(main, { configPromise, route });
  }
  // The view's code and the config load side by side; the profile needs the config only for its map.
  const configPromise = fetchConfig();
  switch (route.view) {
    case 'profile':
      return (await import('./views/profile.js')).renderProfile(main, { configPromise, route });
    case 'story': {
      const [view, config] = await Promise.all([import('./views/story.js'), configPromise]);
      return view.renderStory(main, { config, route });
    }
    case 'embed-map': {
      const [view, config] = await Promise.all([import('./views/embed.js'), configPromise]);
      return view.renderMapEmbed(main, { config, route });
    }
    case 'embed-story': {
      const [view, config] = await Promise.all([import('./views/embed.js'), configPromise]);
      return view.renderStoryEmbed(main, { config, route });
    }
    case 'compare':
    case 'embed-compare':
      return (await import('./views/compare.js')).renderCompare(main, { route, configPromise, embedded: route.view === 'embed-compare' });
    case 'error':
      document.title = `${t('errorPageTitle')} – ${t('brandPlain')}`;
      main.replaceChildren(
        h('h1', { class: 'utrecht-heading-1' }, t('errorPageTitle')),
        h('p', { class: 'utrecht-paragraph' }, t('errorPageText', { status })),
        h('p', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href: atlasHomeUrl(null) }, t('backToMap'))),
      );
      return;
    default:
      document.title = `${t('notFoundTitle')} – ${t('brandPlain')}`;
      main.replaceChildren(
        h('h1', { class: 'utrecht-heading-1' }, t('notFoundTitle')),
        h('p', { class: 'utrecht-paragraph' }, t('notFound')),
        h('p', {}, h('a', { class: 'utrecht-link utrecht-link--html-a', href: atlasHomeUrl(null) }, t('backToMap'))),
      );
  }
}
