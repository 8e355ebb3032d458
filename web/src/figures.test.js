import { describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { derivationText, figureBadges, figureSuffix, indicatorLabel, isDerived, isFewRespondents, themeLabel } from './figures.js';

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
    expect(figureSuffix('nl', plain)).toBe('');
    expect(figureSuffix('nl', few)).toBe(' (weinig respondenten)');
    expect(figureSuffix('en', derived)).toBe(' (derived)');
  });
  test('say how a derived figure was computed, in the page language only', () => {
    expect(derivationText('nl', derived.derivation)).toMatch(/de som van de 16 wijken/);
    const en = derivationText('en', derived.derivation);
    expect(en).toMatch(/^Derived by the Wijkatlas, not a published figure: summed from 16 wijken\.$/);
    expect(en).not.toMatch(/Berekend/);
    expect(derivationText('en', { method: 'WEIGHTED_MEAN', inputCount: 5, inputLevel: 'BUURT', description: 'x' })).toMatch(/weighted mean of 5 buurten/);
  });
  test('render a label and an expandable derivation beside the value', () => {
    expect(figureBadges('nl', plain)).toBeNull();
    const a = figureBadges('nl', few);
    expect(a.textContent).toBe('weinig respondenten');
    expect(a.querySelector('.figure-badge--few').title).toMatch(/indexen leeg/);
    expect(figureBadges('en', few).querySelector('.figure-badge--few').title).toMatch(/few respondents/);
    const b = figureBadges('en', derived);
    expect(b.querySelector('details summary').textContent).toBe('derived');
    expect(b.querySelector('details').textContent).toMatch(/summed from 16 wijken/);
  });
  test('take the English label when there is one', () => {
    expect(indicatorLabel('en', { label: 'Inwoners', labelEn: 'Inhabitants' })).toBe('Inhabitants');
    expect(indicatorLabel('en', { label: 'Inwoners' })).toBe('Inwoners');
    expect(indicatorLabel('nl', { label: 'Inwoners', labelEn: 'Inhabitants' })).toBe('Inwoners');
  });
});

describe('indicator themes', () => {
  test('are headings in the page language, an unknown one as it is', () => {
    expect(themeLabel('nl', 'inkomen en armoede')).toBe('Inkomen en armoede');
    expect(themeLabel('en', 'inkomen en armoede')).toBe('Income and poverty');
    expect(themeLabel('en', 'nieuw thema')).toBe('Nieuw thema');
    expect(themeLabel('nl', null)).toBe('—');
  });
});
