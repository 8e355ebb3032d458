// The keyboard-usable list of areas beside the map: the map's text alternative.
import { h } from './dom.js';
import { t } from './i18n.js';
import { sortAreas } from './sort.js';

/** Renders the areas (sorted by name) as buttons in a list; `onSelect(code)` runs on activation. */
export function renderList(listElement, areas, { selected, onSelect }) {
  const items = sortAreas(areas).map((area) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'area-button', dataset: { code: area.code } },
        h('span', { class: 'area-button__name' }, area.name),
        ' ',
        h('span', { class: 'area-button__code' }, area.code),
        area.membership?.provisional ? h('span', { class: 'area-button__note' }, ` ${t('provisionalShort')}`) : null,
      ),
    ),
  );
  listElement.replaceChildren(...items);
  listElement.onclick = (event) => {
    const button = event.target.closest('button[data-code]');
    if (button && listElement.contains(button)) onSelect(button.dataset.code);
  };
  markSelected(listElement, selected);
}

/** Marks the selected area's button (aria-current plus a visible marker) and unmarks the others. */
export function markSelected(listElement, code) {
  for (const button of listElement.querySelectorAll('button[data-code]')) {
    const isSelected = button.dataset.code === code;
    if (isSelected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    button.closest('li')?.classList.toggle('is-selected', isSelected);
  }
}

/** The button of an area in the list, if present. */
export function buttonFor(listElement, code) {
  return [...listElement.querySelectorAll('button[data-code]')].find((b) => b.dataset.code === code) ?? null;
}
