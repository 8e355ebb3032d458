import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { chosenPeriod, periodSlider } from './period-slider.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

installFakeDom();

describe('period slider', () => {
  test("the chosen period: the state's where it has figures, else the latest, none without periods", () => {
    expect(chosenPeriod(['2022', '2024', '2025'], '2024')).toBe('2024');
    expect(chosenPeriod(['2022', '2024', '2025'], '2023')).toBe('2025');
    expect(chosenPeriod(['2022', '2024', '2025'], null)).toBe('2025');
    expect(chosenPeriod([], '2024')).toBeNull();
  });

  test('shown for two or more periods, with its ends, its position and the period as value text', () => {
    setPageLang('nl');
    const slider = periodSlider(() => {});
    expect(slider.element.hidden).toBe(true);
    slider.update(['2022', '2024', '2025'], '2024');
    expect(slider.element.hidden).toBe(false);
    expect(slider.element.querySelector('label').textContent).toBe('Tijdlijn');
    expect(slider.element.querySelector('label').getAttribute('for')).toBe(slider.input.id);
    expect(slider.input.getAttribute('type')).toBe('range');
    expect(slider.input.getAttribute('max')).toBe('2');
    expect(slider.input.value).toBe('1');
    expect(slider.input.getAttribute('aria-valuetext')).toBe('2024');
    expect(slider.element.querySelectorAll('.period-slider__end').map((e) => e.textContent)).toEqual(['2022', '2025']);
    const ends = slider.element.querySelector(`[id="${slider.input.getAttribute('aria-describedby')}"]`);
    expect(ends.textContent).toBe('Perioden 2022 tot en met 2025');
    slider.update(['2025'], '2025');
    expect(slider.element.hidden).toBe(true);
    slider.update([], null);
    expect(slider.element.hidden).toBe(true);
  });

  test('with its place reserved it is invisible, not gone, until its periods arrive', () => {
    setPageLang('nl');
    const slider = periodSlider(() => {}, { reserve: true });
    expect(slider.element.hidden).toBe(false);
    expect(slider.element.classList.contains('period-slider--pending')).toBe(true);
    slider.update(['2022', '2025'], '2025');
    expect(slider.element.classList.contains('period-slider--pending')).toBe(false);
    expect(slider.element.hidden).toBe(false);
    const single = periodSlider(() => {}, { reserve: true });
    single.update(['2025'], '2025');
    expect(single.element.hidden).toBe(true);
  });

  test('moving it says the period at once and chooses it on change', () => {
    const chosen = [];
    setPageLang('en');
    const slider = periodSlider((p) => chosen.push(p));
    slider.update(['2020-2021', '2022-2023'], '2022-2023');
    expect(slider.element.querySelector('label').textContent).toBe('Timeline');
    slider.input.value = '0';
    slider.input.listeners.input[0]();
    expect(slider.input.getAttribute('aria-valuetext')).toBe('2020-2021');
    expect(chosen).toEqual([]);
    slider.input.listeners.change[0]();
    expect(chosen).toEqual(['2020-2021']);
  });
});
