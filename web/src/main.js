// Wijkatlas Zwolle: picks the view for the URL (atlas, area profile, story, embeds) and loads
// only that view's data.
import './styles.css';
import { fetchConfig, fetchFrontendConfig } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { applyShell } from './shell.js';
import { renderAtlas } from './views/atlas.js';
import { parseRoute } from './url-state.js';

const route = parseRoute(window.location.pathname, window.location.search);
const main = document.getElementById('inhoud');
const lang = route.lang;
const embedded = route.view === 'embed-map' || route.view === 'embed-story';
if (embedded) document.body.classList.add('embed');
applyShell(lang, route.view === 'atlas' ? 'atlas' : route.view === 'story' ? 'story' : null);

start();

async function start() {
  if (route.view === 'atlas') {
    // The landing page draws its frame at once; the config arrives while the areas load.
    return renderAtlas(main, { lang, configPromise: fetchConfig(), frontendConfigPromise: fetchFrontendConfig(), route });
  }
  const config = await fetchConfig();
  const context = { lang, config, route };
  switch (route.view) {
    case 'profile':
      return (await import('./views/profile.js')).renderProfile(main, context);
    case 'story':
      return (await import('./views/story.js')).renderStory(main, context);
    case 'embed-map':
      return (await import('./views/embed.js')).renderMapEmbed(main, context);
    case 'embed-story':
      return (await import('./views/embed.js')).renderStoryEmbed(main, context);
    default:
      document.title = `${t(lang, 'notFound')} – Wijkatlas Zwolle`;
      main.replaceChildren(h('h1', {}, t(lang, 'notFound')), h('p', {}, h('a', { href: lang === 'en' ? '/?taal=en' : '/' }, t(lang, 'backToMap'))));
  }
}
