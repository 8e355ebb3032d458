// Wijkatlas Zwolle: wires the URL state, the API, the map, the list and the details panel.
import './styles.css';
import { fetchAreas, fetchConfig, fetchGemeente, GEMEENTE_CODE } from './api.js';
import { renderDetails } from './details.js';
import { connectionToFeatureCollection, unionBbox } from './geojson.js';
import { levelPlural } from './levels.js';
import { markSelected, renderList } from './list.js';
import { createAtlasMap } from './map.js';
import { parseState, sameState, serialiseState } from './url-state.js';

const elements = {
  title: document.getElementById('page-title'),
  error: document.getElementById('error'),
  notice: document.getElementById('notice'),
  levelSwitch: document.getElementById('level-switch'),
  map: document.getElementById('map'),
  listHeading: document.getElementById('list-heading'),
  listStatus: document.getElementById('list-status'),
  list: document.getElementById('area-list'),
  details: document.getElementById('details-body'),
};

const areasByLevel = new Map();
let state = parseState(window.location.search);
let atlasMap = null;
let gemeente = null;
let shownLevel = null;

start();

async function start() {
  syncLevelSwitch();
  elements.levelSwitch.addEventListener('change', (event) => {
    if (event.target.name === 'niveau') navigate({ level: event.target.value, area: null });
  });
  window.addEventListener('popstate', () => {
    state = parseState(window.location.search);
    syncLevelSwitch();
    render();
  });
  document.getElementById('retry').addEventListener('click', async () => {
    hideError();
    if (!gemeente && (await ensureGemeente())) atlasMap?.fitTo(gemeente.bbox);
    render();
  });

  const config = await fetchConfig();
  await ensureGemeente();
  if (!atlasMap) {
    atlasMap = createAtlasMap(elements.map, {
      config,
      bounds: gemeente?.bbox,
      onSelect: (code) => navigate({ level: state.level, area: code }),
      onNotice: showNotice,
    });
    // For scripted checks (browser tests, console): project a point to find an area on screen.
    window.wijkatlasMap = atlasMap.map;
  }
  // Canonical URL: always name the level, so a copied link keeps the view.
  window.history.replaceState(null, '', serialiseState(state) + window.location.hash);
  await render();
}

/** Moves to a new state: a history entry, then the view. */
function navigate(next) {
  if (sameState(next, state)) return;
  state = next;
  window.history.pushState(null, '', serialiseState(state));
  syncLevelSwitch();
  render();
}

async function render() {
  const { level, area: code } = state;
  const plural = levelPlural(level);
  elements.title.textContent = `${plural} in Zwolle`;
  elements.map.setAttribute('aria-label', `Kaart van de ${plural.toLowerCase()} in Zwolle`);
  let data;
  try {
    data = await loadLevel(level);
  } catch (error) {
    showError(error);
    elements.listStatus.textContent = 'De gebieden konden niet worden geladen.';
    elements.list.replaceChildren();
    renderDetails(elements.details, null);
    return;
  }
  if (state.level !== level || state.area !== code) return; // a newer navigation took over
  hideError();
  const selected = code ? (data.areas.find((a) => a.code === code) ?? null) : null;

  if (shownLevel !== level) {
    shownLevel = level;
    elements.listHeading.textContent = `Gebieden: ${plural.toLowerCase()}`;
    elements.listStatus.textContent = data.areas.length
      ? `${data.areas.length} ${plural.toLowerCase()}, gesorteerd op naam.`
      : `Er zijn geen ${plural.toLowerCase()} gevonden.`;
    renderList(elements.list, data.areas, {
      selected: selected?.code,
      onSelect: (areaCode) => navigate({ level, area: areaCode }),
    });
    atlasMap?.setAreas(level, data.features, data.areas);
    if (!selected) atlasMap?.fitTo(gemeente?.bbox ?? unionBbox(data.areas));
  }
  markSelected(elements.list, selected?.code ?? null);
  atlasMap?.select(selected?.code ?? null, selected);
  renderDetails(elements.details, selected, {
    notFound: code && !selected ? code : null,
    onNavigate: (next) => navigate(next),
  });
  document.title = selected ? `${selected.name} – ${plural} – Wijkatlas Zwolle` : `${plural} – Wijkatlas Zwolle`;
}

/** Loads the gemeente (for its bbox) once; false when the API cannot be reached. */
async function ensureGemeente() {
  if (gemeente) return true;
  try {
    gemeente = await fetchGemeente(GEMEENTE_CODE);
    return Boolean(gemeente);
  } catch (error) {
    showError(error);
    return false;
  }
}

async function loadLevel(level) {
  if (!areasByLevel.has(level)) {
    elements.listStatus.textContent = `${levelPlural(level)} worden geladen…`;
    const pending = fetchAreas(level).then(({ areas, connection }) => ({
      areas,
      features: connectionToFeatureCollection(connection),
    }));
    areasByLevel.set(level, pending);
    pending.catch(() => areasByLevel.delete(level));
  }
  return areasByLevel.get(level);
}

function syncLevelSwitch() {
  for (const input of elements.levelSwitch.querySelectorAll('input[name="niveau"]')) {
    input.checked = input.value === state.level;
  }
}

function showError(error) {
  console.error(error);
  elements.error.querySelector('.error__message').textContent =
    error?.name === 'ApiError' ? error.message : 'Er ging iets mis bij het laden van de gegevens.';
  elements.error.hidden = false;
}

function hideError() {
  elements.error.hidden = true;
}

function showNotice(message) {
  elements.notice.textContent = message;
  elements.notice.hidden = false;
}
