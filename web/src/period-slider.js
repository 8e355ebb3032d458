// The atlas's period slider: beside the period select, for an indicator with two or more periods
// at the shown level. Both show the one chosen period of the atlas's state (the URL); the slider
// only says which period the visitor picked, and the atlas navigates as for the select.
import { h } from './dom.js';
import { t } from './i18n.js';

/** The period shown of `periods` (oldest first): the state's when it has figures, else the latest; null for none. */
export function chosenPeriod(periods, period) {
  if (!periods.length) return null;
  return period && periods.includes(period) ? period : periods.at(-1);
}

/**
 * A labelled range input over the periods, its first and last period at its ends and in its
 * description, the period as its aria-valuetext; hidden for fewer than two periods. `onChoose`
 * gets the period on "change" (each arrow key, or the release of a drag), so dragging does not
 * load every period on the way. Returns { element, input, update(periods, chosen) }.
 */
export function periodSlider(onChoose, { id = 'period-range', reserve = false } = {}) {
  let periods = [];
  const first = h('span', { class: 'period-slider__end', 'aria-hidden': 'true' });
  const last = h('span', { class: 'period-slider__end', 'aria-hidden': 'true' });
  const ends = h('span', { id: `${id}-ends`, class: 'visually-hidden' });
  const input = h('input', {
    type: 'range',
    id,
    min: '0',
    max: '1',
    step: '1',
    'aria-describedby': `${id}-ends`,
    oninput: () => say(periods[Number(input.value)]),
    onchange: () => {
      const period = periods[Number(input.value)];
      if (period) onChoose(period);
    },
  });
  const element = h(
    'div',
    { class: 'field period-slider' },
    h('label', { for: id, class: 'utrecht-form-label' }, t('periodSliderLabel')),
    h('div', { class: 'period-slider__track' }, first, input, last),
    ends,
  );
  // Until the first update: hidden, or (with `reserve`) invisible in its place, so the page does not
  // move when an indicator's periods arrive.
  element.hidden = !reserve;
  element.classList.toggle('period-slider--pending', reserve);

  function say(period) {
    if (period) input.setAttribute('aria-valuetext', period);
  }

  function update(list, chosen) {
    periods = [...list];
    element.classList.remove('period-slider--pending');
    element.hidden = periods.length < 2;
    if (element.hidden) return;
    input.setAttribute('max', String(periods.length - 1));
    const index = Math.max(0, periods.indexOf(chosen));
    input.value = String(index);
    first.textContent = periods[0];
    last.textContent = periods.at(-1);
    ends.textContent = t('periodSliderRange', { first: periods[0], last: periods.at(-1) });
    say(periods[index]);
  }

  return { element, input, update };
}
