// The story engine: which chapter is active as the reader scrolls (or tabs), what the map should
// show for it, and a text description of that map state for screen readers.
import { pageLang, t } from './i18n.js';

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
  // The server says which level the chapter draws (stored, or derived from the focus area the same
  // way as here); the fallback keeps older servers working.
  const level = chapter.layers?.level ?? (!focus || focus.level === 'GEMEENTE' || focus.level === 'STADSDEEL' || focus.level === 'GEBIED' ? 'WIJK' : 'BUURT');
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
export function describeChapter(chapter, index, total, indicatorLabel, gemeenteName = '') {
  const s = mapStateFor(chapter);
  let layers = '';
  if (s.indicator) layers += t('storyLayerIndicator', { indicator: indicatorLabel ?? s.indicator, period: s.period ?? '' });
  if (s.initiatives) layers += t('storyLayerInitiatives');
  if (s.credits) layers += t('storyLayerCredits');
  const area = s.focus && s.focus.level !== 'GEMEENTE' ? s.focus.name : t('storyWholeCity', { gemeente: s.focus?.name ?? gemeenteName });
  return t('storyMapState', { n: index + 1, total, title: chapter.title, area, layers });
}

/**
 * The story in the page's language: in English the English title, summary and chapter texts where
 * the story has them. `textLang` (on the story and each chapter) says which language the texts are
 * in, so a Dutch text left on an English page can carry lang="nl".
 */
export function localizeStory(story) {
  const english = pageLang() === 'en';
  const pick = (nl, en) => (english && en ? [en, 'en'] : [nl, 'nl']);
  const [title, titleLang] = pick(story.title, story.titleEn);
  const [summary] = pick(story.summary, story.summaryEn);
  return {
    ...story,
    title,
    summary,
    textLang: titleLang,
    chapters: (story.chapters ?? []).map((chapter) => {
      const [chapterTitle, textLang] = english && chapter.titleEn && chapter.textEn ? [chapter.titleEn, 'en'] : [chapter.title, 'nl'];
      return { ...chapter, title: chapterTitle, text: textLang === 'en' ? chapter.textEn : chapter.text, textLang };
    }),
  };
}

/**
 * The chapter a paging key should show: Space and PageDown the next one, Shift+Space and PageUp
 * the previous one, Home and End the first and last; null for any other key (the browser keeps
 * it: arrows scroll a little, and scrolling shows chapters as they pass the trigger line). Paging
 * by chapter rather than by screen is what keeps a short chapter from being skipped.
 */
export function pagedChapter(key, shiftKey, current, count) {
  let next = null;
  if ((key === ' ' && !shiftKey) || key === 'PageDown') next = current + 1;
  else if ((key === ' ' && shiftKey) || key === 'PageUp') next = current - 1;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  if (next === null || next < 0 || next >= count) return null;
  return next;
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
