import { afterEach, describe, expect, it } from 'vitest';
import {
  atlasHomeUrl,
  atlasUrl,
  parsePlaceHash,
  placeHash,
  iframeSnippet,
  mapEmbedUrl,
  parseRoute,
  parseState,
  profileUrl,
  sameState,
  serialiseState,
  storyEmbedUrl,
  switchLangUrl,
} from './url-state.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

describe('URL state', () => {
  it('defaults to the wijken without a selection', () => {
    expect(parseState('')).toMatchObject({ level: 'WIJK', area: null });
    expect(parseState(undefined)).toMatchObject({ level: 'WIJK', area: null });
  });

  it('reads the level and the selected area', () => {
    expect(parseState('?niveau=buurt&gebied=BU01933000')).toMatchObject({ level: 'BUURT', area: 'BU01933000' });
    expect(parseState(new URLSearchParams('niveau=stadsdeel&gebied=SD0193_NOORD'))).toMatchObject({
      level: 'STADSDEEL',
      area: 'SD0193_NOORD',
    });
  });

  it('falls back to the default level for an unknown or unswitchable level', () => {
    expect(parseState('?niveau=provincie')).toMatchObject({ level: 'WIJK', area: null });
    expect(parseState('?niveau=gemeente&gebied=GM0193')).toMatchObject({ level: 'WIJK', area: 'GM0193' });
  });

  it('takes the level from the code when the URL names none', () => {
    expect(parseState('?gebied=BU01933000')).toMatchObject({ level: 'BUURT', area: 'BU01933000' });
    expect(parseState('?gebied=sd0193_noord')).toMatchObject({ level: 'STADSDEEL', area: 'SD0193_NOORD' });
  });

  it('drops an area code that cannot be a code', () => {
    expect(parseState('?niveau=wijk&gebied=<script>')).toMatchObject({ level: 'WIJK', area: null });
    expect(parseState('?gebied=' + 'A'.repeat(80))).toMatchObject({ level: 'WIJK', area: null });
    expect(parseState('?gebied=')).toMatchObject({ level: 'WIJK', area: null });
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
      expect(parseState(serialiseState(state))).toMatchObject(state);
    }
  });

  it('compares states', () => {
    expect(sameState({ level: 'WIJK', area: null }, { level: 'WIJK' })).toBe(true);
    expect(sameState({ level: 'WIJK', area: 'WK019330' }, { level: 'WIJK', area: null })).toBe(false);
  });
});

describe('URL state: indicator, period, language and routes', () => {
  it('keeps indicator and period, the period only with an indicator', () => {
    const s = parseState('?niveau=buurt&indicator=AantalInwoners_5&periode=2024');
    expect(s).toEqual({ gemeente: 'GM0193', level: 'BUURT', area: null, indicator: 'AantalInwoners_5', period: '2024' });
    expect(parseState('?periode=2024').period).toBeNull();
    expect(parseState('?indicator=x&periode=20x4').period).toBeNull();
    expect(parseState('?indicator=<b>').indicator).toBeNull();
    expect(serialiseState(s)).toBe('?niveau=buurt&indicator=AantalInwoners_5&periode=2024');
    setPageLang('en');
    expect(serialiseState(s)).toBe('?niveau=buurt&indicator=AantalInwoners_5&periode=2024&taal=en');
    setPageLang('nl');
    expect(parseState(serialiseState({ ...s, period: '2023-2024' })).period).toBe('2023-2024');
  });

  it('routes every page and restores its state', () => {
    expect(parseRoute('/', '?niveau=buurt')).toMatchObject({ view: 'atlas', lang: 'nl', state: { level: 'BUURT' } });
    expect(parseRoute('/gebied/bu01933000', '?taal=en')).toEqual({ view: 'profile', lang: 'en', code: 'BU01933000' });
    expect(parseRoute('/verhaal/van-getallen', '')).toEqual({ view: 'story', lang: 'nl', slug: 'van-getallen', gemeente: 'GM0193' });
    expect(parseRoute('/embed/kaart', '?gebied=WK019330&indicator=X&periode=2024')).toMatchObject({
      view: 'embed-map',
      state: { area: 'WK019330', indicator: 'X', period: '2024', level: 'WIJK' },
    });
    expect(parseRoute('/embed/verhaal/s', '?hoofdstuk=3')).toMatchObject({ view: 'embed-story', slug: 's', chapter: 3 });
    expect(parseRoute('/embed/verhaal/s', '?hoofdstuk=x')).toMatchObject({ chapter: 1 });
    expect(parseRoute('/gebied/<x>', '').view).toBe('not-found');
    expect(parseRoute('/elders', '').view).toBe('not-found');
  });

  it('builds links that keep the language', () => {
    expect(profileUrl('WK019330')).toBe('/gebied/WK019330');
    setPageLang('en');
    expect(profileUrl('WK019330')).toBe('/gebied/WK019330?taal=en');
    setPageLang('nl');
    expect(mapEmbedUrl({ level: 'WIJK', area: 'WK019330', indicator: 'X', period: '2024' })).toBe('/embed/kaart?gebied=WK019330&indicator=X&periode=2024&niveau=wijk');
    setPageLang('en');
    expect(storyEmbedUrl('s', 2)).toBe('/embed/verhaal/s?hoofdstuk=2&taal=en');
    expect(switchLangUrl('/gebied/X', '?a=1', 'en')).toBe('/gebied/X?a=1&taal=en');
    expect(switchLangUrl('/gebied/X', '?taal=en', 'nl')).toBe('/gebied/X');
  });

  it('keeps the gemeente in the state and in every link, GM0193 when absent and not written', () => {
    expect(parseState('').gemeente).toBe('GM0193');
    expect(parseState('?gemeente=gm1771&niveau=buurt')).toMatchObject({ gemeente: 'GM1771', level: 'BUURT' });
    expect(parseState('?gemeente=Zwolle').gemeente).toBe('GM0193');
    setPageLang('en');
    expect(serialiseState({ gemeente: 'GM1771', level: 'BUURT' })).toBe('?gemeente=GM1771&niveau=buurt&taal=en');
    setPageLang('nl');
    expect(serialiseState({ gemeente: 'GM0193', level: 'WIJK' })).toBe('?niveau=wijk');
    expect(parseState(serialiseState({ gemeente: 'GM1771', level: 'WIJK', area: 'WK177100' }))).toMatchObject({ gemeente: 'GM1771', area: 'WK177100' });
    expect(sameState({ gemeente: 'GM1771', level: 'WIJK' }, { level: 'WIJK' })).toBe(false);
    expect(sameState({ gemeente: 'GM0193', level: 'WIJK' }, { level: 'WIJK' })).toBe(true);
    expect(atlasUrl({ gemeente: 'GM1771', level: 'WIJK' })).toBe('/?gemeente=GM1771&niveau=wijk');
    setPageLang('en');
    expect(mapEmbedUrl({ gemeente: 'GM1771', level: 'BUURT', area: 'BU17710005' })).toBe('/embed/kaart?gemeente=GM1771&gebied=BU17710005&niveau=buurt&taal=en');
    setPageLang('nl');
    expect(storyEmbedUrl('s', 1, 'GM1771')).toBe('/embed/verhaal/s?gemeente=GM1771&hoofdstuk=1');
    expect(parseRoute('/embed/kaart', '?gemeente=GM1771').state.gemeente).toBe('GM1771');
    setPageLang('en');
    expect(atlasHomeUrl('GM1771')).toBe('/?gemeente=GM1771&taal=en');
    setPageLang('nl');
    expect(atlasHomeUrl('GM0193')).toBe('/');
  });

  it('escapes the iframe snippet', () => {
    const s = iframeSnippet('https://atlas.example', '/embed/kaart?a=1&b=2', 'Kaart "x"');
    expect(s).toBe('<iframe src="https://atlas.example/embed/kaart?a=1&amp;b=2" width="640" height="480" title="Kaart &quot;x&quot;" style="border:0;max-width:100%" loading="lazy"></iframe>');
  });
});

describe('the place a search found', () => {
  it('travels in the fragment, rounded, and only a point in the Netherlands is read back', () => {
    expect(placeHash({ lon: 6.0889, lat: 52.5218 })).toBe('#plek=6.08890,52.52180');
    expect(placeHash(null)).toBe('');
    expect(parsePlaceHash('#plek=6.08890,52.52180')).toEqual({ lon: 6.0889, lat: 52.5218 });
    expect(parsePlaceHash('#plek=120.1,52.5')).toBeNull();
    expect(parsePlaceHash('#plek=6.1,52.5;alert(1)')).toBeNull();
    expect(parsePlaceHash('')).toBeNull();
  });
});
