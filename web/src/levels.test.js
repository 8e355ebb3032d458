import { describe, expect, it } from 'vitest';
import { areaTitle, levelFromCode, levelFromParam, levelLabel, levelParam, levelPlural } from './levels.js';

describe('Dutch level labels', () => {
  it('labels every level of the schema in Dutch', () => {
    expect(['GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT', 'GEBIED'].map(levelLabel)).toEqual(['Gemeente', 'Stadsdeel', 'Wijk', 'Buurt', 'Gebied']);
  });

  it('has Dutch plurals for the level switch', () => {
    expect(['STADSDEEL', 'WIJK', 'BUURT'].map(levelPlural)).toEqual(['Stadsdelen', 'Wijken', 'Buurten']);
  });

  it('shows an unknown level as it is rather than failing', () => {
    expect(levelLabel('PROVINCIE')).toBe('PROVINCIE');
    expect(levelLabel(undefined)).toBe('');
  });

  it('maps levels to URL names and back, only for switchable levels', () => {
    expect(levelParam('BUURT')).toBe('buurt');
    expect(levelFromParam('Buurt')).toBe('BUURT');
    expect(levelFromParam('stadsdeel')).toBe('STADSDEEL');
    expect(levelFromParam('gemeente')).toBeNull();
    expect(levelFromParam('')).toBeNull();
    expect(levelFromParam(null)).toBeNull();
  });

  it('tells the level from a CBS or local code', () => {
    expect(levelFromCode('WK019330')).toBe('WIJK');
    expect(levelFromCode('BU01933000')).toBe('BUURT');
    expect(levelFromCode('SD0193_NOORD')).toBe('STADSDEEL');
    expect(levelFromCode('GM0193')).toBe('GEMEENTE');
    expect(levelFromCode('SPOORZONE')).toBeNull();
  });

  it('puts the level before a name unless the name already says it', () => {
    expect(areaTitle({ level: 'STADSDEEL', name: 'Noord' })).toBe('Stadsdeel Noord');
    expect(areaTitle({ level: 'GEMEENTE', name: 'Zwolle' })).toBe('Gemeente Zwolle');
    expect(areaTitle({ level: 'WIJK', name: 'Wijk 30 Holtenbroek' })).toBe('Wijk 30 Holtenbroek');
  });
});
