// The details panel of the selected area.
import { h } from './dom.js';
import { levelWord, pageLang, t } from './i18n.js';
import { areaTitle, SWITCHABLE_LEVELS } from './levels.js';
import { profileUrl, serialiseState } from './url-state.js';

/**
 * Why an area's stadsdeel is provisional. The project's notes are written in English (like its
 * code and documents): an English page shows them, a Dutch page the Dutch explanation, so no page
 * mixes languages.
 */
export function membershipNote(membership) {
  return pageLang() === 'en' && membership?.note ? membership.note : t('provisionalNote');
}

/**
 * Shows the area's name, code, level, parents and membership note; with no area, a hint.
 * `onNavigate(state)` runs when a parent link is followed.
 */
export function renderDetails(container, area, { onNavigate, notFound, gemeente = null } = {}) {
  if (!area) {
    container.replaceChildren(h('p', { class: 'details__hint' }, notFound ? t('notFoundAtLevel', { code: notFound }) : t('selectHint')));
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
          h('p', { class: 'provisional__label' }, h('span', { 'aria-hidden': 'true', class: 'provisional__icon' }, '!'), ` ${t('provisional')}`),
          h('p', { class: 'provisional__note' }, membershipNote(area.membership)),
        )
      : null,
    h(
      'dl',
      { class: 'details__facts' },
      h('div', {}, h('dt', {}, t('code')), h('dd', { class: 'details__code' }, area.code)),
      h('div', {}, h('dt', {}, t('level')), h('dd', { class: 'details__level' }, levelWord(area.level))),
      h('div', {}, h('dt', {}, t('liesIn')), h('dd', {}, ancestors.length ? breadcrumb(ancestors, area, onNavigate, gemeente) : t('noParent'))),
    ),
    h('p', { class: 'details__profile' }, h('a', { href: profileUrl(area.code), class: 'profile-link' }, t('openProfile', { name: area.name }))),
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

function breadcrumb(ancestors, area, onNavigate, gemeente) {
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
          href: serialiseState(state),
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
  return h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumbLabel') }, h('ol', {}, items));
}
