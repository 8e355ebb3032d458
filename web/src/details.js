// The details panel of the selected area.
import { h } from './dom.js';
import { areaTitle, levelLabel, SWITCHABLE_LEVELS } from './levels.js';
import { serialiseState } from './url-state.js';

/**
 * Shows the area's name, code, level, parents and membership note; with no area, a hint.
 * `onNavigate(state)` runs when a parent link is followed.
 */
export function renderDetails(container, area, { onNavigate, notFound } = {}) {
  if (!area) {
    container.replaceChildren(
      h(
        'p',
        { class: 'details__hint' },
        notFound
          ? `Gebied ${notFound} is niet gevonden op dit niveau. Kies een gebied op de kaart of in de lijst.`
          : 'Kies een gebied op de kaart of in de lijst om de gegevens te zien.',
      ),
    );
    return;
  }
  const ancestors = area.ancestors?.length ? area.ancestors : area.parent ? [area.parent] : [];
  // replaceChildren() would print a null argument as the text "null": drop absent parts first.
  const parts = [
    h('h3', { class: 'details__name' }, area.name),
    area.membership?.provisional
      ? h(
          'div',
          { class: 'provisional' },
          h('p', { class: 'provisional__label' }, h('span', { 'aria-hidden': 'true', class: 'provisional__icon' }, '!'), ' Voorlopige indeling'),
          h(
            'p',
            { class: 'provisional__note' },
            area.membership.note ||
              'Geen bron noemt het stadsdeel van dit gebied; de indeling is voorlopig door het project gemaakt.',
          ),
        )
      : null,
    h(
      'dl',
      { class: 'details__facts' },
      h('div', {}, h('dt', {}, 'Code'), h('dd', { class: 'details__code' }, area.code)),
      h('div', {}, h('dt', {}, 'Niveau'), h('dd', { class: 'details__level' }, levelLabel(area.level))),
      h(
        'div',
        {},
        h('dt', {}, 'Ligt in'),
        h('dd', {}, ancestors.length ? breadcrumb(ancestors, area, onNavigate) : 'Geen bovenliggend gebied'),
      ),
    ),
  ];
  container.replaceChildren(...parts.filter(Boolean));
}

function breadcrumb(ancestors, area, onNavigate) {
  const items = ancestors.map((ancestor) => {
    const text = areaTitle(ancestor);
    if (!SWITCHABLE_LEVELS.includes(ancestor.level)) return h('li', {}, text);
    const state = { level: ancestor.level, area: ancestor.code };
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
  return h('nav', { class: 'breadcrumb', 'aria-label': 'Ligging van het gebied' }, h('ol', {}, items));
}
