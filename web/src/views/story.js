// The story (/verhaal/{slug}): scrollytelling over the chapters. The map stays in view (sticky),
// each chapter moves it and switches its layers as the reader scrolls or tabs to it, an aria-live
// line describes every map state, and the reader may stop the story to explore the map.
import { graphql } from '../api.js';
import { loadGemeente } from '../data.js';
import { STORY_QUERY } from '../api-queries.js';
import { h } from '../dom.js';
import { pageLang, t } from '../i18n.js';
import { afterNextPaint, lazyAtlasMap } from '../map-lazy.js';
import { renderMarkdown } from '../markdown.js';
import { embedWidget, errorBox, errorMessage, refreshLangSwitch, showGemeente, sourceLine } from '../shell.js';
import { activeIndex, createStoryEngine, describeChapter, localizeStory, pagedChapter } from '../story-engine.js';
import { indicatorLabel, showChapterChart, showChapterOnMap } from '../story-map.js';
import { atlasUrl, storyEmbedUrl } from '../url-state.js';

export async function renderStory(main, { config, route }) {
  main.replaceChildren(h('h1', { class: 'utrecht-heading-1' }, t('loading')));
  let story;
  try {
    const found = (await graphql(STORY_QUERY, { slug: route.slug })).story;
    story = found ? localizeStory(found) : null;
  } catch (error) {
    main.replaceChildren(
      h('h1', { class: 'utrecht-heading-1' }, 'Wijkatlas'),
      errorBox(errorMessage(error), () => window.location.reload()),
    );
    return;
  }
  if (!story) {
    main.replaceChildren(
      h('h1', { class: 'utrecht-heading-1' }, t('storyNotFound', { slug: route.slug })),
      h('p', {}, h('a', { href: atlasUrl({ gemeente: route.gemeente, level: 'WIJK' }) }, t('backToMap'))),
    );
    return;
  }
  // The story's gemeente is the URL's (the default when it names none).
  const gemeente = (await loadGemeente(route.gemeente).catch(() => null)) ?? { code: route.gemeente, name: route.gemeente };
  showGemeente(gemeente);
  document.title = `${story.title} – ${t('brand', { gemeente: gemeente.name })}`;
  const chapters = [...story.chapters].sort((a, b) => a.order - b.order);
  const total = chapters.length;
  const liveState = h('p', { id: 'map-state', class: 'story__state', 'aria-live': 'polite' });
  const legend = h('div', { class: 'story__legend' });
  const mapContainer = h('div', { id: 'map', class: 'map story__map', role: 'region', 'aria-label': t('storyMapLabel'), 'aria-describedby': 'map-state', 'data-map-state': 'loading' });
  const exploreButton = h(
    'button',
    { type: 'button', class: 'button button--secondary utrecht-button utrecht-button--secondary-action', 'aria-pressed': 'false', id: 'explore-button' },
    t('storyExplore'),
  );
  const exploreStatus = h('p', { class: 'visually-hidden', role: 'status' });
  let current = 0;

  const sections = chapters.map((chapter, index) =>
    h(
      'section',
      // tabindex -1: paging keys move focus to the chapter itself (not into the page).
      {
        class: 'chapter',
        id: `hoofdstuk-${index + 1}`,
        tabindex: '-1',
        lang: chapter.textLang === pageLang() ? null : chapter.textLang,
        dataset: { index: String(index) },
        'aria-labelledby': `chapter-title-${index + 1}`,
      },
      h('p', { class: 'chapter__number' }, t('storyChapter', { n: index + 1, total })),
      h('h2', { id: `chapter-title-${index + 1}`, class: 'utrecht-heading-2' }, chapter.title),
      ...renderMarkdown(chapter.text),
      h('div', { class: 'chapter__chart-slot' }),
      chapter.missingFigures ? h('div', { class: 'missing' }, h('h3', {}, t('storyMissing')), h('p', {}, chapter.missingFigures)) : null,
      chapter.citations.length
        ? h(
            'div',
            { class: 'citations' },
            h('h3', {}, t('storyCitations')),
            h(
              'ul',
              {},
              chapter.citations.map((c) => h('li', {}, c.source.url ? h('a', { href: c.source.url }, c.source.title) : c.source.title, c.locator ? ` — ${c.locator}` : '')),
            ),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'button button--secondary utrecht-button utrecht-button--secondary-action chapter__show',
          onclick: () => {
            engine.explore(false);
            exploreButton.setAttribute('aria-pressed', 'false');
            engine.enter(index);
          },
        },
        t('storyShowChapter', { n: index + 1 }),
      ),
    ),
  );
  const credits = h(
    'section',
    { class: 'story__credits', id: 'bronnen', 'aria-labelledby': 'credits-title' },
    h('h2', { id: 'credits-title', class: 'utrecht-heading-2' }, t('storyCredits')),
    h('p', {}, t('storyCreditsIntro')),
    h(
      'ul',
      { class: 'sources-list' },
      story.sources.map((s) => h('li', {}, sourceLine(s))),
    ),
    h('p', {}, t('storyContributors', { gemeente: gemeente.name })),
    h('p', { class: 'story__end' }, t('storyEnd')),
  );
  main.replaceChildren(
    h(
      'div',
      { class: 'story' },
      h(
        'div',
        { class: 'story__layout' },
        // The cover: title and lead beside the whole city's map (chapter 1's), like a storymap's.
        h(
          'div',
          { class: 'story__intro story__cover' },
          h('h1', { lang: story.textLang === pageLang() ? null : story.textLang }, story.title),
          story.summary ? h('p', { class: 'intro', lang: story.textLang === pageLang() ? null : story.textLang }, story.summary) : null,
          embedWidget(
            ({ latest } = {}) => storyEmbedUrl(story.slug, current + 1, gemeente.code, !latest && chapters[current].layers?.latestPeriod ? chapters[current].layers.period : null),
            t('embedStoryTitle', { gemeente: gemeente.name }),
          ),
        ),
        h('div', { class: 'story__map-wrap' }, mapContainer, h('div', { class: 'story__controls' }, exploreButton, exploreStatus), liveState, legend),
        h('div', { class: 'story__chapters' }, ...sections, credits),
      ),
    ),
  );

  let firstShownDone;
  const firstShown = new Promise((resolve) => (firstShownDone = resolve));
  // MapLibre loads once the story's text has painted, beside the chapter's data; the chapter's
  // layers wait for it in map-lazy.js.
  const atlasMap = lazyAtlasMap(mapContainer, Promise.resolve({ config, bounds: gemeente.bbox }), { when: afterNextPaint(), hold: firstShown });
  let showing = Promise.resolve();

  const engine = createStoryEngine({
    chapters,
    show: (chapter, index) => {
      current = index;
      mapContainer.dataset.storyChapter = String(index + 1);
      // The URL names the chapter, so a shared link (and the language switch) opens it again.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#hoofdstuk-${index + 1}`);
      refreshLangSwitch();
      sections.forEach((s, i) => s.classList.toggle('is-active', i === index));
      const slot = sections[index].querySelector('.chapter__chart-slot');
      showChapterChart(slot, chapter, Math.min(560, Math.max(280, slot.clientWidth))).catch((error) => console.warn(error));
      showing = showing
        .then(async () => {
          await showChapterOnMap(atlasMap, chapter, { legend, gemeente });
          liveState.textContent = describeChapter(chapter, index, total, await indicatorLabel(chapter.layers?.indicatorCode), gemeente.name);
          // The new legend may have changed the pinned map's height: keep a paged-to chapter below it.
          if (pagedTo === index) {
            pagedTo = -1;
            pagingUntil = Math.max(pagingUntil, performance.now() + 300);
            alignChapter(index, 'auto');
          }
        })
        .catch((error) => console.warn(error))
        .finally(firstShownDone);
    },
  });

  exploreButton.addEventListener('click', () => {
    const on = exploreButton.getAttribute('aria-pressed') !== 'true';
    exploreButton.setAttribute('aria-pressed', String(on));
    exploreStatus.textContent = t(on ? 'storyExploreOn' : 'storyExploreOff');
    engine.explore(on);
  });

  // The chapter that has keyboard focus wins over the scroll position while the focused element
  // is on screen: focusing a chapter (or its button) scrolls the page, and that scroll must not
  // show the next chapter instead. Once the reader scrolls the focused element away, position rules.
  // On a phone the map is pinned above the text: a paged-to chapter goes just below it, not under it.
  const alignChapter = (index, behavior) => {
    const pinned = main.querySelector('.story__map-wrap').getBoundingClientRect();
    const box = sections[index].getBoundingClientRect();
    const above = pinned.right > box.left && pinned.left < box.right ? pinned.height : 0;
    window.scrollTo({ top: window.scrollY + box.top - above - 8, behavior });
  };
  const focusedChapter = () => {
    const focused = document.activeElement;
    const index = sections.findIndex((s) => s !== focused && s.contains(focused));
    if (index < 0) return -1;
    const box = focused.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight ? index : -1;
  };
  // After a paging key the page scrolls to the chapter shown; that scroll does not choose again.
  let pagingUntil = 0;
  let pagedTo = -1;
  const update = () => {
    if (performance.now() < pagingUntil) return;
    const focused = focusedChapter();
    engine.enter(
      focused >= 0
        ? focused
        : activeIndex(
            sections.map((s) => s.getBoundingClientRect().top),
            window.innerHeight,
            0.6,
          ),
    );
  };
  // Space, PageDown/PageUp, Home/End page by chapter: each key shows exactly the next (or previous)
  // chapter and moves focus to it, so no chapter is skipped however short it is. Keys typed into a
  // control (Space on a button, in a field) keep their own meaning.
  document.addEventListener('keydown', (event) => {
    if (!main.contains(sections[0]) || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof Element && target.closest('input, select, textarea, button, a, summary, [contenteditable], .maplibregl-map')) {
      if (event.key === ' ' || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
    }
    const inChapter = sections.findIndex((s) => s === document.activeElement || s.contains(document.activeElement));
    const at = inChapter >= 0 ? inChapter : Math.max(0, engine.current);
    const next = pagedChapter(event.key, event.shiftKey, at, total);
    if (next === null) return;
    event.preventDefault();
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    pagingUntil = performance.now() + (reduced ? 300 : 1200);
    sections[next].focus({ preventScroll: true });
    pagedTo = next;
    alignChapter(next, reduced ? 'auto' : 'smooth');
    engine.enter(next);
  });
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(update, { threshold: [0, 0.25, 0.5, 0.75, 1], rootMargin: '0px 0px -40% 0px' });
    sections.forEach((s) => observer.observe(s));
  } else {
    window.addEventListener('scroll', update, { passive: true });
  }
  // Keyboard readers: moving focus into a chapter shows it.
  sections.forEach((section, index) => section.addEventListener('focusin', () => engine.enter(index)));
  const fromHash = /^#hoofdstuk-(\d+)$/.exec(window.location.hash);
  const first = fromHash ? Math.max(0, Math.min(total, Number(fromHash[1])) - 1) : 0;
  if (first > 0) sections[first].scrollIntoView({ block: 'start' });
  engine.enter(first);
}
