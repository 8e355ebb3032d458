import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { derivationText, figureBadges, figureSuffix, indicatorLabel, isDerived, isFewRespondents, themeLabel } from './figures.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

installFakeDom();

const few = { status: 'PRESENT', value: 7.1, reliability: 'FEW_RESPONDENTS', reliabilityNote: 'Weinig respondenten: indexen leeg.' };
const derived = {
  status: 'PRESENT',
  value: 129000,
  reliability: 'NORMAL',
  source: { title: 'Berekend', kind: 'DERIVED' },
  derivation: { method: 'SUM', description: 'Berekend door Wijkatlas: de som van de 16 wijken eronder.', inputCount: 16, inputLevel: 'WIJK' },
};
const plain = { status: 'PRESENT', value: 3 };

describe('figure notes', () => {
  test('recognise few respondents and derived figures; plain and older answers have neither', () => {
    expect(isFewRespondents(few)).toBe(true);
    expect(isFewRespondents(plain)).toBe(false);
    expect(isDerived(derived)).toBe(true);
    expect(isDerived({ source: { kind: 'DERIVED' } })).toBe(true);
    expect(isDerived(plain)).toBe(false);
    setPageLang('nl');
    expect(figureSuffix(plain)).toBe('');
    expect(figureSuffix(few)).toBe(' (weinig respondenten)');
    setPageLang('en');
    expect(figureSuffix(derived)).toBe(' (derived)');
  });
  test('say how a derived figure was computed, in the page language only', () => {
    setPageLang('nl');
    expect(derivationText(derived.derivation)).toMatch(/de som van de 16 wijken/);
    setPageLang('en');
    const en = derivationText(derived.derivation);
    expect(en).toMatch(/^Derived by the Wijkatlas, not a published figure: summed from 16 wijken\.$/);
    expect(en).not.toMatch(/Berekend/);
    expect(derivationText({ method: 'WEIGHTED_MEAN', inputCount: 5, inputLevel: 'BUURT', description: 'x' })).toMatch(/weighted mean of 5 buurten/);
  });
  test('render a label and an expandable derivation beside the value', () => {
    setPageLang('nl');
    expect(figureBadges(plain)).toBeNull();
    const a = figureBadges(few);
    expect(a.textContent).toBe('weinig respondenten');
    expect(a.querySelector('.figure-badge--few').title).toMatch(/indexen leeg/);
    setPageLang('en');
    expect(figureBadges(few).querySelector('.figure-badge--few').title).toMatch(/few respondents/);
    const b = figureBadges(derived);
    expect(b.querySelector('details summary').textContent).toBe('derived');
    expect(b.querySelector('details').textContent).toMatch(/summed from 16 wijken/);
  });
  test('take the English label when there is one', () => {
    setPageLang('en');
    expect(indicatorLabel({ label: 'Inwoners', labelEn: 'Inhabitants' })).toBe('Inhabitants');
    expect(indicatorLabel({ label: 'Inwoners' })).toBe('Inwoners');
    setPageLang('nl');
    expect(indicatorLabel({ label: 'Inwoners', labelEn: 'Inhabitants' })).toBe('Inwoners');
  });
});

describe('indicator themes', () => {
  test('are headings in the page language, an unknown one as it is', () => {
    setPageLang('nl');
    expect(themeLabel('inkomen en armoede')).toBe('Inkomen en armoede');
    setPageLang('en');
    expect(themeLabel('inkomen en armoede')).toBe('Income and poverty');
    expect(themeLabel('nieuw thema')).toBe('Nieuw thema');
    setPageLang('nl');
    expect(themeLabel(null)).toBe('—');
  });
});
