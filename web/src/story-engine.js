// The story engine: which chapter is active as the reader scrolls (or tabs), what the map should
// show for it, and a text description of that map state for screen readers.
import { t } from './i18n.js';

/**
 * The index of the active chapter: the last one whose top has passed the trigger line (a share
 * of the viewport height from the top); the first when none has.
 */
export function activeIndex(tops, viewportHeight, trigger = 0.5) {
  const line = viewportHeight * trigger;
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

/** What the map shows for a chapter: { bbox, center, zoom, level, indicator, period, initiatives, credits }. */
export function mapStateFor(chapter) {
  const focus = chapter.view?.focusArea ?? null;
  const level = !focus || focus.level === 'GEMEENTE' || focus.level === 'STADSDEEL' || focus.level === 'GEBIED' ? 'WIJK' : 'BUURT';
  return {
    focus,
    bbox: focus?.bbox ?? null,
    center: chapter.view?.center ?? null,
    zoom: chapter.view?.zoom ?? null,
    level,
    indicator: chapter.layers?.indicatorCode ?? null,
    period: chapter.layers?.period ?? null,
    initiatives: Boolean(chapter.layers?.initiatives),
    credits: Boolean(chapter.layers?.credits),
  };
}

/**
 * The sentence that describes the map of a chapter, for the aria-live region. A chapter about the
 * whole gemeente names it (its focus area, else `gemeenteName`, the story's gemeente).
 */
export function describeChapter(lang, chapter, index, total, indicatorLabel, gemeenteName = '') {
  const s = mapStateFor(chapter);
  let layers = '';
  if (s.indicator) layers += t(lang, 'storyLayerIndicator', { indicator: indicatorLabel ?? s.indicator, period: s.period ?? '' });
  if (s.initiatives) layers += t(lang, 'storyLayerInitiatives');
  if (s.credits) layers += t(lang, 'storyLayerCredits');
  const area = s.focus && s.focus.level !== 'GEMEENTE' ? s.focus.name : t(lang, 'storyWholeCity', { gemeente: s.focus?.name ?? gemeenteName });
  return t(lang, 'storyMapState', { n: index + 1, total, title: chapter.title, area, layers });
}

/**
 * A small state machine: enter(i) shows chapter i unless it is already shown or the reader is
 * exploring the map; resume() shows the chapter the reader is at.
 */
export function createStoryEngine({ chapters, show }) {
  let current = -1;
  let wanted = 0;
  let exploring = false;
  return {
    get current() {
      return current;
    },
    get exploring() {
      return exploring;
    },
    enter(index) {
      if (index < 0 || index >= chapters.length) return false;
      wanted = index;
      if (exploring || index === current) return false;
      current = index;
      show(chapters[index], index);
      return true;
    },
    explore(on) {
      exploring = on;
      if (!on && wanted !== current) {
        current = wanted;
        show(chapters[wanted], wanted);
      }
    },
  };
}
