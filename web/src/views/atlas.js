// The atlas (/): level switch, indicator and period picker, classed choropleth with legend,
// the area list and details, a sortable table of the same figures, downloads and embed.
import { loadAreas, loadCoverage, loadGemeente, loadIndicators, loadValues, periodsWithFigures } from '../data.js';
import { buildChoropleth, formatDifference, isCount, renderLegend, sortRows, valueCell, valueText } from '../choropleth.js';
import { figureBadges, indicatorLabel, themeLabel } from '../figures.js';
import { renderDetails } from '../details.js';
import { h } from '../dom.js';
import { unionBbox } from '../geojson.js';
import { levelWord, t } from '../i18n.js';
import { markSelected, renderList } from '../list.js';
import { lazyAtlasMap, mapOnDemand } from '../map-lazy.js';
import { stillAtlasMap } from '../map-still.js';
import { embedWidget, errorMessage, refreshLangSwitch, showGemeente, sourceLine } from '../shell.js';
import { renderSearch } from '../search.js';
import { chosenPeriod, periodSlider } from '../period-slider.js';
import { mapEmbedUrl, NO_INDICATOR, parseState, profileUrl, sameState, serialiseState } from '../url-state.js';

/** The indicator the atlas opens on when the URL names none: the number of inhabitants (CBS). */
export const DEFAULT_INDICATOR = 'AantalInwoners_5';

/** The state with the default indicator when the URL names none ("geen" keeps the plain map). */
export function withDefaultIndicator(state) {
  return state.indicator ? state : { ...state, indicator: DEFAULT_INDICATOR, period: null };
}

export async function renderAtlas(main, { configPromise }) {
  let state = withDefaultIndicator(parseState(window.location.search));
  let atlasMap = null;
  // What the map shows: one view state (see map-view.js), changed a part at a time and put on the map whole.
  let mapView = {};
  const showOnMap = (change) => atlasMap.show((mapView = { ...mapView, ...change }));
  let gemeente = null;
  let shownLevel = null;
  let sort = { column: 'name', direction: 'ascending' };
  let lastValues = null;
  let pickerKey = null; // gemeente/level/indicator the picker's options were made for

  // The title and intro from index.html (already painted) stay; the rest replaces the loading line.
  const staticTitle = main.querySelector('#page-title');
  const staticIntro = main.querySelector('#atlas-intro');
  main.innerHTML = `
    <h1 id="page-title" class="utrecht-heading-1"></h1>
    <p class="intro utrecht-paragraph" id="atlas-intro"></p>
    <div id="error" class="alert alert--error utrecht-alert utrecht-alert--error" role="alert" hidden>
      <p class="error__message"></p>
      <button type="button" id="retry" class="button utrecht-button utrecht-button--primary-action"></button>
    </div>
    <p id="notice" class="alert alert--info utrecht-alert utrecht-alert--info" role="status" hidden></p>
    <div class="controls">
      <fieldset id="level-switch" class="level-switch">
        <legend></legend>
        <div class="level-switch__options">
          <label><input type="radio" name="niveau" value="STADSDEEL" /> <span data-level="STADSDEEL"></span></label>
          <label><input type="radio" name="niveau" value="WIJK" checked /> <span data-level="WIJK"></span></label>
          <label><input type="radio" name="niveau" value="BUURT" /> <span data-level="BUURT"></span></label>
        </div>
      </fieldset>
      <div class="pickers">
        <div class="field"><label for="indicator-select" class="utrecht-form-label"></label><select id="indicator-select" class="utrecht-select utrecht-select--html-select"></select></div>
        <div class="field field--period"><label for="period-select" class="utrecht-form-label"></label><select id="period-select" class="utrecht-select utrecht-select--html-select"></select></div>
      </div>
    </div>
    <div class="atlas">
      <section class="atlas__map" aria-labelledby="map-heading">
        <h2 id="map-heading" class="visually-hidden"></h2>
        <div id="map" class="map" role="region" aria-describedby="map-description" data-map-state="loading"></div>
        <p id="map-description" class="map-description"></p>
        <div id="legend" aria-live="polite"></div>
      </section>
      <div class="atlas__side">
        <div id="search-slot"></div>
        <section class="panel details" aria-labelledby="details-heading">
          <h2 id="details-heading" class="utrecht-heading-2"></h2>
          <div id="details-body" aria-live="polite"></div>
        </section>
        <section class="panel areas" aria-labelledby="list-heading">
          <h2 id="list-heading" class="utrecht-heading-2"></h2>
          <p id="list-status" class="areas__status" role="status"></p>
          <ul id="area-list" class="area-list"></ul>
        </section>
      </div>
    </div>
    <section id="figures" class="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading" class="utrecht-heading-2"></h2>
      <div id="figures-body"></div>
    </section>
    <div id="embed-slot"></div>`;
  if (staticTitle && staticIntro) {
    main.querySelector('#page-title').replaceWith(staticTitle);
    main.querySelector('#atlas-intro').replaceWith(staticIntro);
  }
  const $ = (id) => main.querySelector(`#${id}`);
  const elements = {
    title: $('page-title'),
    error: $('error'),
    notice: $('notice'),
    levelSwitch: $('level-switch'),
    indicator: $('indicator-select'),
    period: $('period-select'),
    map: $('map'),
    legend: $('legend'),
    listHeading: $('list-heading'),
    listStatus: $('list-status'),
    list: $('area-list'),
    details: $('details-body'),
    figures: $('figures-body'),
  };
  $('atlas-intro').textContent = t('atlasIntroPlain');
  $('retry').textContent = t('retry');
  elements.levelSwitch.querySelector('legend').textContent = t('levelLegend');
  for (const span of elements.levelSwitch.querySelectorAll('[data-level]')) span.textContent = levelWord(span.dataset.level, true);
  main.querySelector('label[for="indicator-select"]').textContent = t('indicatorLabel');
  main.querySelector('label[for="period-select"]').textContent = t('periodLabel');
  $('map-heading').textContent = t('mapHeading');
  $('map-description').textContent = t('mapDescription');
  $('details-heading').textContent = t('selectedHeading');
  $('list-heading').textContent = t('areasHeading');
  $('figures-heading').textContent = t('tableHeading');
  elements.details.append(h('p', { class: 'details__hint' }, t('selectHint')));
  // The search reads the config when it searches: it does not wait for it to draw.
  const frontendConfig = {};
  configPromise.then((c) => Object.assign(frontendConfig, c));
  const searchGemeente = { code: state.gemeente, name: null };
  $('search-slot').append(renderSearch(frontendConfig, searchGemeente));
  elements.title.textContent = t('atlasTitlePlain', { plural: levelWord(state.level, true) });
  $('embed-slot').append(
    embedWidget(
      () => mapEmbedUrl(state),
      () => t('embedMapTitle', { gemeente: gemeenteName() }),
    ),
  );

  syncControls();
  elements.levelSwitch.addEventListener('change', (event) => {
    if (event.target.name === 'niveau') navigate({ ...state, level: event.target.value, area: null });
  });
  elements.indicator.addEventListener('change', () => navigate({ ...state, indicator: elements.indicator.value || NO_INDICATOR, period: null }));
  elements.period.addEventListener('change', () => navigate({ ...state, period: elements.period.value || null }));
  // The slider and the select both show state.period; either navigates, and the picker redraws both.
  // With an indicator chosen its place is kept from the start (no layout shift when its periods arrive).
  const slider = periodSlider((period) => navigate({ ...state, period }), { reserve: Boolean(state.indicator && state.indicator !== NO_INDICATOR) });
  main.querySelector('.pickers').append(slider.element);
  window.addEventListener('popstate', () => {
    state = withDefaultIndicator(parseState(window.location.search));
    syncControls();
    render();
  });
  $('retry').addEventListener('click', async () => {
    elements.error.hidden = true;
    if (!gemeente && (await ensureGemeente()) && atlasMap) showOnMap({ camera: { fit: gemeente.bbox } });
    render();
  });

  // MapLibre loads beside the data (on a desktop); the list, details and table do not wait for it.
  const gemeenteReady = ensureGemeente();
  let firstRenderDone;
  const firstRender = new Promise((resolve) => (firstRenderDone = resolve));
  // On a phone the map is the server's picture of the level's areas, coloured with the page's
  // figures, until the reader taps it or presses "Kaart verkennen" (map-lazy.js); a tap on an area
  // selects it too.
  const still = mapOnDemand()
    ? stillAtlasMap(elements.map, {
        pictureUrl: (level) => `/preview/atlas/${encodeURIComponent(gemeente?.code ?? state.gemeente)}/${encodeURIComponent(level)}.svg`,
        label: (view) => t('stillMapLabel', { plural: levelWord(view.level, true).toLowerCase(), gemeente: gemeenteName() }),
        onSelect: (code) => navigate({ ...state, area: code }),
      })
    : null;
  atlasMap = lazyAtlasMap(
    elements.map,
    Promise.all([configPromise, gemeenteReady]).then(([config]) => ({
      config,
      bounds: gemeente?.bbox,
      onSelect: (code) => navigate({ ...state, area: code }),
      onNotice: showNotice,
    })),
    // The first view waits for the first areas and figures, so it is drawn once.
    { hold: firstRender, still },
  );
  window.history.replaceState(null, '', serialiseState(state) + window.location.hash);
  refreshLangSwitch();
  await render().finally(firstRenderDone);

  function navigate(next) {
    if (sameState(next, state)) return;
    state = next;
    window.history.pushState(null, '', serialiseState(state));
    refreshLangSwitch();
    syncControls();
    render();
  }

  async function render() {
    const { level, area: code } = state;
    const plural = levelWord(level, true);
    nameTheGemeente(plural);
    renderIndicatorPicker();
    let areas;
    try {
      // The gemeente (for the first view's bounds) loads beside the areas.
      [areas] = await Promise.all([loadLevel(level), gemeenteReady]);
    } catch (error) {
      showError(error);
      elements.listStatus.textContent = t('areasFailed');
      elements.list.replaceChildren();
      renderDetails(elements.details, null);
      return;
    }
    if (state.level !== level || state.area !== code) return; // a newer navigation took over
    elements.error.hidden = true;
    const selected = code ? (areas.find((a) => a.code === code) ?? null) : null;
    const levelChanged = shownLevel !== level;
    if (levelChanged) {
      shownLevel = level;
      elements.listHeading.textContent = t('areasHeadingLevel', { plural: plural.toLowerCase() });
      elements.listStatus.textContent = areas.length ? t('areasCount', { count: areas.length, plural: plural.toLowerCase() }) : t('areasNone', { plural: plural.toLowerCase() });
      renderList(elements.list, areas, { selected: selected?.code, onSelect: (c) => navigate({ ...state, area: c }) });
    }
    markSelected(elements.list, selected?.code ?? null);
    // The map moves to a newly selected area (with its surroundings), or to the whole gemeente on
    // another level; otherwise it stays where the reader put it.
    let camera = mapView.camera;
    if (selected && (selected.code !== mapView.selected || levelChanged)) camera = { around: selected.bbox };
    else if (!selected && levelChanged) camera = { fit: gemeente?.bbox ?? unionBbox(areas) };
    showOnMap({
      // The tiles hold every gemeente's areas: draw only this gemeente's.
      ...(levelChanged ? { level, areas, only: areas.map((a) => a.code) } : {}),
      selected: selected?.code ?? null,
      camera,
    });
    renderDetails(elements.details, selected, {
      notFound: code && !selected ? code : null,
      onNavigate: (next) => navigate({ ...state, ...next }),
      gemeente: state.gemeente,
    });
    const brand = t('brand', { gemeente: gemeenteName() });
    document.title = selected ? `${selected.name} – ${plural} – ${brand}` : `${plural} – ${brand}`;
    await renderFigures(level, selected);
  }

  // The picker offers the indicators with figures for areas of the shown level in this gemeente
  // (and the chosen one, marked, when it has none): no choice draws a map that is all "geen gegevens".
  async function renderIndicatorPicker() {
    let indicators;
    let coverage;
    try {
      [indicators, coverage] = await Promise.all([loadIndicators(), loadCoverage(state.gemeente)]);
    } catch {
      return;
    }
    const level = state.level;
    const key = `${state.gemeente}/${level}/${state.indicator}`;
    if (key !== pickerKey) {
      pickerKey = key;
      const groups = new Map();
      for (const indicator of indicators) {
        const periods = periodsWithFigures(coverage, indicator.code, level, indicator.periods);
        if (!periods.length && indicator.code !== state.indicator) continue;
        const theme = indicator.theme ?? '—';
        if (!groups.has(theme)) groups.set(theme, []);
        groups.get(theme).push(h('option', { value: indicator.code }, pickerLabel(indicator, coverage, level)));
      }
      elements.indicator.replaceChildren(h('option', { value: '' }, t('indicatorNone')), ...[...groups.entries()].map(([theme, options]) => h('optgroup', { label: themeLabel(theme) }, ...options)));
    }
    elements.indicator.value = state.indicator === NO_INDICATOR ? '' : (state.indicator ?? '');
    const indicator = indicators.find((i) => i.code === state.indicator);
    const periods = indicator ? periodsWithFigures(coverage, indicator.code, level, indicator.periods) : [];
    elements.period.replaceChildren(...[...periods].reverse().map((p) => h('option', { value: p }, p)));
    elements.period.disabled = !periods.length;
    const chosen = chosenPeriod(periods, state.period);
    if (chosen) elements.period.value = chosen;
    slider.update(periods, chosen);
  }

  /** "Aantal inwoners (1 januari) – 16 van 16 wijken": how complete the latest period is at the level. */
  function pickerLabel(indicator, coverage, level) {
    const label = indicatorLabel(indicator);
    if (!coverage) return label;
    const latest = (coverage.get(indicator.code) ?? []).filter((c) => c.level === level && c.areasWithFigure > 0).at(-1);
    if (!latest) return `${label} – ${t('pickerNoFigures', { level: levelWord(level).toLowerCase() })}`;
    return `${label} – ${t('pickerCoverage', { n: latest.areasWithFigure, m: latest.areas, areas: levelWord(level, true).toLowerCase() })}`;
  }

  async function renderFigures(level, selected) {
    if (!state.indicator || state.indicator === NO_INDICATOR) {
      showOnMap({ choropleth: null });
      elements.legend.replaceChildren();
      elements.figures.replaceChildren(h('p', { class: 'hint' }, t('chooseIndicatorHint')));
      return;
    }
    let indicators;
    try {
      indicators = await loadIndicators();
    } catch (error) {
      showError(error);
      return;
    }
    const meta = indicators.find((i) => i.code === state.indicator);
    if (!meta) {
      elements.figures.replaceChildren(h('p', { class: 'hint' }, t('chooseIndicatorHint')));
      return;
    }
    const coverage = await loadCoverage(state.gemeente);
    const periods = periodsWithFigures(coverage, meta.code, level, meta.periods);
    if (!periods.length) {
      // No figure for any area of this level here: the plain map, and a word on why.
      showOnMap({ choropleth: null });
      lastValues = null;
      const hint = t('noFiguresAtLevel', { indicator: indicatorLabel(meta), level: levelWord(level).toLowerCase(), gemeente: gemeenteName() });
      elements.legend.replaceChildren(h('p', { class: 'hint legend__none' }, hint));
      elements.figures.replaceChildren(h('p', { class: 'hint' }, hint));
      showSelectedFigure(selected);
      return;
    }
    const period = state.period && periods.includes(state.period) ? state.period : periods.at(-1);
    elements.figures.replaceChildren(h('p', { role: 'status' }, t('valuesLoading')));
    let indicator;
    try {
      indicator = await loadValues(meta.code, period, level, state.gemeente);
    } catch (error) {
      showError(error);
      return;
    }
    if (state.indicator !== meta.code || state.level !== level) return;
    const key = `${meta.code}/${period}/${level}`;
    const choropleth = buildChoropleth(indicator, indicator.values, key);
    showOnMap({ choropleth });
    elements.legend.replaceChildren(renderLegend(choropleth, indicator, gemeenteName()));
    lastValues = { indicator, period, level, choropleth };
    renderTable(selected);
    showSelectedFigure(selected);
  }

  function renderTable(selected) {
    if (!lastValues) return;
    const { indicator, period, level, choropleth } = lastValues;
    const columns = [
      ['name', t('colArea')],
      ['value', t('colValue')],
      ['difference', t('colDifference')],
    ];
    const header = h(
      'tr',
      {},
      columns.map(([column, label]) =>
        h(
          'th',
          { scope: 'col', 'aria-sort': sort.column === column ? sort.direction : null, class: column === 'name' ? null : 'num' },
          h(
            'button',
            {
              type: 'button',
              class: 'sort-button',
              dataset: { column },
              onclick: () => {
                sort = { column, direction: sort.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
                renderTable(selected);
                elements.figures.querySelector(`button[data-column="${column}"]`)?.focus();
              },
            },
            label,
            h('span', { 'aria-hidden': 'true', class: 'sort-indicator' }, sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'),
            h('span', { class: 'visually-hidden' }, sort.column === column ? '' : ` (${t('sortBy', { column: label.toLowerCase() })})`),
          ),
        ),
      ),
    );
    const rows = sortRows(indicator.values, sort.column, sort.direction).map((row) =>
      h(
        'tr',
        { class: row.area.code === selected?.code ? 'is-selected' : null, dataset: { code: row.area.code } },
        h('th', { scope: 'row' }, h('a', { href: profileUrl(row.area.code), class: 'table-area-link' }, row.area.name)),
        h('td', { class: `num${row.status === 'PRESENT' ? '' : ' nodata'}` }, valueCell(row, indicator.unit)),
        h('td', { class: 'num' }, isCount(indicator.unit) ? '' : formatDifference(row.differenceFromCityAverage)),
      ),
    );
    const foot =
      choropleth.cityAverage !== null
        ? h(
            'tfoot',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, t(isCount(indicator.unit) ? 'cityTotalRow' : 'cityAverageRow', { gemeente: gemeenteName() })),
              h('td', { class: 'num' }, valueText({ status: 'PRESENT', value: choropleth.cityAverage }, indicator.unit)),
              h('td', {}),
            ),
          )
        : null;
    const table = h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-labelledby': 'figures-caption', tabindex: '0' },
      h(
        'table',
        { class: 'data-table utrecht-table utrecht-table--html-table', id: 'figures-table' },
        h('caption', { id: 'figures-caption' }, t('tableCaption', { indicator: indicatorLabel(indicator), period, level: levelWord(level).toLowerCase() })),
        h('thead', {}, header),
        h('tbody', {}, rows),
        foot,
      ),
    );
    elements.figures.replaceChildren(table, h('p', { class: 'downloads' }, h('a', { href: indicator.csvUrl, download: '', class: 'csv-link' }, t('downloadCsv'))), sourceLine(indicator.source));
  }

  async function ensureGemeente() {
    if (gemeente) return true;
    try {
      gemeente = await loadGemeente(state.gemeente);
    } catch (error) {
      showError(error);
      return false;
    }
    if (!gemeente) {
      elements.error.querySelector('.error__message').textContent = t('gemeenteNotFound', { code: state.gemeente });
      $('retry').hidden = true;
      elements.error.hidden = false;
      return false;
    }
    searchGemeente.name = gemeente.name;
    showGemeente(gemeente);
    // A gemeente without stadsdelen (most of them: CBS has none) offers only wijken and buurten.
    loadAreas('STADSDEEL', state.gemeente).then(
      (list) => {
        const option = elements.levelSwitch.querySelector('input[value="STADSDEEL"]')?.closest('label');
        if (option && !list.length && state.level !== 'STADSDEEL') option.style.display = 'none';
      },
      () => {},
    );
    nameTheGemeente(levelWord(state.level, true));
    return true;
  }

  function gemeenteName() {
    return gemeente?.name ?? state.gemeente;
  }

  /** The title, intro and map label: with the gemeente's name once it is known. */
  function nameTheGemeente(plural) {
    if (!gemeente) {
      elements.title.textContent = t('atlasTitlePlain', { plural });
      return;
    }
    elements.title.textContent = t('atlasTitle', { plural, gemeente: gemeente.name });
    $('atlas-intro').textContent = t('atlasIntro', { gemeente: gemeente.name });
    elements.map.setAttribute('aria-label', t('mapLabel', { plural: plural.toLowerCase(), gemeente: gemeente.name }));
  }

  /** The selected area's figure of the chosen indicator in the details panel, with its notes. */
  function showSelectedFigure(selected) {
    elements.details.querySelector('.details__figure')?.remove();
    if (!selected || !lastValues || lastValues.level !== selected.level) return;
    const { indicator, period } = lastValues;
    const row = indicator.values.find((v) => v.area.code === selected.code);
    if (!row) return;
    const label = t('selectedFigure', { indicator: indicatorLabel(indicator), period });
    const rank = rankOf(indicator.values, selected.code);
    const { cityAverage } = lastValues.choropleth;
    const figure = h(
      'div',
      { class: 'details__figure' },
      h('p', {}, `${label}: `, h('strong', {}, valueText(row, indicator.unit)), row.status === 'PRESENT' ? figureBadges(row) : null),
      rank ? h('p', { class: 'details__rank' }, t('selectedRank', rank)) : null,
      cityAverage !== null
        ? h(
            'p',
            { class: 'details__city' },
            t(isCount(indicator.unit) ? 'legendCityTotalValue' : 'legendCityAverageValue', {
              gemeente: gemeenteName(),
              value: valueText({ status: 'PRESENT', value: cityAverage }, indicator.unit),
            }),
          )
        : null,
    );
    elements.details.querySelector('.details__facts')?.after(figure);
  }

  function syncControls() {
    for (const input of elements.levelSwitch.querySelectorAll('input[name="niveau"]')) input.checked = input.value === state.level;
  }

  function showError(error) {
    console.error(error);
    elements.error.querySelector('.error__message').textContent = errorMessage(error);
    elements.error.hidden = false;
  }

  function showNotice(message) {
    elements.notice.textContent = message;
    elements.notice.hidden = false;
  }

  function loadLevel(level) {
    if (shownLevel !== level) elements.listStatus.textContent = t('areasLoading', { plural: levelWord(level, true) });
    return loadAreas(level, state.gemeente);
  }
}

/**
 * The rank of an area's figure among the areas of its level that have one: { rank, count }, the
 * highest value first, equal values sharing a rank; null without a numeric figure.
 */
export function rankOf(rows, code) {
  const numbers = rows.filter((r) => r.status === 'PRESENT' && typeof r.value === 'number');
  const own = numbers.find((r) => r.area.code === code);
  if (!own) return null;
  return { rank: 1 + numbers.filter((r) => r.value > own.value).length, count: numbers.length };
}
