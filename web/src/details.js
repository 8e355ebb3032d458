// The details panel of the selected area.
import { h } from './dom.js';
import { t, levelWord } from './i18n.js';
import { areaTitle, SWITCHABLE_LEVELS } from './levels.js';
import { profileUrl, serialiseState } from './url-state.js';

/**
 * Why an area's stadsdeel is provisional. The project's notes are written in English (like its
 * code and documents): an English page shows them, a Dutch page the Dutch explanation, so no page
 * mixes languages.
 */
export function membershipNote(lang, membership) {
  return lang === 'en' && membership?.note ? membership.note : t(lang, 'provisionalNote');
}

/**
 * Shows the area's name, code, level, parents and membership note; with no area, a hint.
 * `onNavigate(state)` runs when a parent link is followed.
 */
export function renderDetails(container, area, { onNavigate, notFound, lang = 'nl', gemeente = null } = {}) {
  if (!area) {
    container.replaceChildren(h('p', { class: 'details__hint' }, notFound ? t(lang, 'notFoundAtLevel', { code: notFound }) : t(lang, 'selectHint')));
    return;
  }
  const ancestors = area.ancestors?.length ? area.ancestors : area.parent ? [area.parent] : [];
  // replaceChildren() would print a null argument as the text "null": drop absent parts first.
  const parts = [
    h('h3', { class: 'details__name utrecht-heading-3' }, area.name),
    area.membership?.provisional
      ? h(
          'div',
          { class: 'provisional' },
          h('p', { class: 'provisional__label' }, h('span', { 'aria-hidden': 'true', class: 'provisional__icon' }, '!'), ` ${t(lang, 'provisional')}`),
          h('p', { class: 'provisional__note' }, membershipNote(lang, area.membership)),
        )
      : null,
    h(
      'dl',
      { class: 'details__facts' },
      h('div', {}, h('dt', {}, t(lang, 'code')), h('dd', { class: 'details__code' }, area.code)),
      h('div', {}, h('dt', {}, t(lang, 'level')), h('dd', { class: 'details__level' }, levelWord(lang, area.level))),
      h('div', {}, h('dt', {}, t(lang, 'liesIn')), h('dd', {}, ancestors.length ? breadcrumb(ancestors, area, onNavigate, lang, gemeente) : t(lang, 'noParent'))),
    ),
    h('p', { class: 'details__profile' }, h('a', { href: profileUrl(area.code, lang), class: 'profile-link' }, t(lang, 'openProfile', { name: area.name }))),
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

function breadcrumb(ancestors, area, onNavigate, lang, gemeente) {
  const items = ancestors.map((ancestor) => {
    const text = areaTitle(ancestor);
    if (!SWITCHABLE_LEVELS.includes(ancestor.level)) return h('li', {}, text);
    const state = { gemeente, level: ancestor.level, area: ancestor.code };
    return h(
      'li',
      {},
      h(
        'a',
        {
          href: serialiseState(state, lang),
          onclick: (event) => {
            if (!onNavigate || event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) return;
            event.preventDefault();
            onNavigate(state);
          },
        },
        text,
      ),
    );
  });
  items.push(h('li', { 'aria-current': 'location' }, areaTitle(area)));
  return h('nav', { class: 'breadcrumb', 'aria-label': t(lang, 'breadcrumbLabel') }, h('ol', {}, items));
}
