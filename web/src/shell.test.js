import { describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { sourceLine, sourceTitle, sourceTitleLang } from './shell.js';

installFakeDom();

const derived = {
  id: 'derived-area-from-boundary',
  kind: 'DERIVED',
  title: 'Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens',
  titleEn: 'Computed by the Wijkatlas: area within the boundary',
};
const published = { id: 'cbs', kind: 'DATASET', title: 'CBS Kerncijfers wijken en buurten 2025', titleEn: null, url: 'https://opendata.cbs.nl' };

describe('source titles in the page language', () => {
  test("the Wijkatlas's own sources in the page's language, published ones by their own title", () => {
    expect(sourceTitle('nl', derived)).toBe('Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens');
    expect(sourceTitle('en', derived)).toBe('Computed by the Wijkatlas: area within the boundary');
    expect(sourceTitle('en', published)).toBe('CBS Kerncijfers wijken en buurten 2025');
    expect(sourceTitle('en', null)).toBe('');
  });

  test('a Dutch title on an English page is marked Dutch, nothing else is', () => {
    expect(sourceTitleLang('en', published)).toBe('nl');
    expect(sourceTitleLang('en', derived)).toBeNull();
    expect(sourceTitleLang('nl', published)).toBeNull();
    const line = sourceLine('en', published);
    expect(line.querySelector('a').getAttribute('lang')).toBe('nl');
    expect(sourceLine('en', derived).querySelector('span').getAttribute('lang')).toBeNull();
  });
});
