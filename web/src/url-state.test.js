import { describe, expect, it } from 'vitest';
import { parseState, sameState, serialiseState } from './url-state.js';

describe('URL state', () => {
  it('defaults to the wijken without a selection', () => {
    expect(parseState('')).toEqual({ level: 'WIJK', area: null });
    expect(parseState(undefined)).toEqual({ level: 'WIJK', area: null });
  });

  it('reads the level and the selected area', () => {
    expect(parseState('?niveau=buurt&gebied=BU01933000')).toEqual({ level: 'BUURT', area: 'BU01933000' });
    expect(parseState(new URLSearchParams('niveau=stadsdeel&gebied=SD0193_NOORD'))).toEqual({
      level: 'STADSDEEL',
      area: 'SD0193_NOORD',
    });
  });

  it('falls back to the default level for an unknown or unswitchable level', () => {
    expect(parseState('?niveau=provincie')).toEqual({ level: 'WIJK', area: null });
    expect(parseState('?niveau=gemeente&gebied=GM0193')).toEqual({ level: 'WIJK', area: 'GM0193' });
  });

  it('takes the level from the code when the URL names none', () => {
    expect(parseState('?gebied=BU01933000')).toEqual({ level: 'BUURT', area: 'BU01933000' });
    expect(parseState('?gebied=sd0193_noord')).toEqual({ level: 'STADSDEEL', area: 'SD0193_NOORD' });
  });

  it('drops an area code that cannot be a code', () => {
    expect(parseState('?niveau=wijk&gebied=<script>')).toEqual({ level: 'WIJK', area: null });
    expect(parseState('?gebied=' + 'A'.repeat(80))).toEqual({ level: 'WIJK', area: null });
    expect(parseState('?gebied=')).toEqual({ level: 'WIJK', area: null });
  });

  it('serialises the level always and the area when set', () => {
    expect(serialiseState({ level: 'WIJK', area: 'WK019330' })).toBe('?niveau=wijk&gebied=WK019330');
    expect(serialiseState({ level: 'BUURT', area: null })).toBe('?niveau=buurt');
    expect(serialiseState({ level: 'NONSENSE', area: null })).toBe('?niveau=wijk');
  });

  it('round-trips', () => {
    for (const state of [
      { level: 'STADSDEEL', area: 'SD0193_ZUID' },
      { level: 'WIJK', area: null },
      { level: 'BUURT', area: 'BU01935160' },
    ]) {
      expect(parseState(serialiseState(state))).toEqual(state);
    }
  });

  it('compares states', () => {
    expect(sameState({ level: 'WIJK', area: null }, { level: 'WIJK' })).toBe(true);
    expect(sameState({ level: 'WIJK', area: 'WK019330' }, { level: 'WIJK', area: null })).toBe(false);
  });
});
