import { afterEach, describe, expect, test } from 'vitest';
import { installFakeDom } from './test-dom.js';
import { renderGemeenteSwitch, sourceLine, sourceTitle, sourceTitleLang } from './shell.js';
import { setPageLang } from './i18n.js';

// Each test sets the page language it draws in; the next one starts from the default, Dutch.
afterEach(() => setPageLang('nl'));

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
    setPageLang('nl');
    expect(sourceTitle(derived)).toBe('Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens');
    setPageLang('en');
    expect(sourceTitle(derived)).toBe('Computed by the Wijkatlas: area within the boundary');
    expect(sourceTitle(published)).toBe('CBS Kerncijfers wijken en buurten 2025');
    expect(sourceTitle(null)).toBe('');
  });

  test('a Dutch title on an English page is marked Dutch, nothing else is', () => {
    setPageLang('en');
    expect(sourceTitleLang(published)).toBe('nl');
    expect(sourceTitleLang(derived)).toBeNull();
    setPageLang('nl');
    expect(sourceTitleLang(published)).toBeNull();
    setPageLang('en');
    const line = sourceLine(published);
    expect(line.querySelector('a').getAttribute('lang')).toBe('nl');
    expect(sourceLine(derived).querySelector('span').getAttribute('lang')).toBeNull();
  });
});

describe('the gemeente switcher', () => {
  const gemeenten = [
    { code: 'GM1771', name: 'Geldrop-Mierlo' },
    { code: 'GM0193', name: 'Zwolle' },
  ];
  const options = (form) => [...form.querySelectorAll('option')];

  test("a page about one gemeente shows that gemeente as chosen, with no 'choose' option", () => {
    const list = options(renderGemeenteSwitch(gemeenten, 'GM0193'));
    expect(list.map((o) => o.textContent)).toEqual(['Geldrop-Mierlo', 'Zwolle']);
    expect(list.filter((o) => o.hasAttribute('selected')).map((o) => o.getAttribute('value'))).toEqual(['GM0193']);
  });

  test('a page about no gemeente (or an unknown one) asks to choose one instead of showing the first as chosen', () => {
    for (const current of [null, undefined, 'GM9999']) {
      const list = options(renderGemeenteSwitch(gemeenten, current));
      expect(list[0].textContent).toBe('Kies…');
      expect(list[0].getAttribute('value')).toBe('');
      expect(list[0].hasAttribute('disabled')).toBe(true);
      expect(list.filter((o) => o.hasAttribute('selected'))).toEqual([list[0]]);
    }
    setPageLang('en');
    expect(options(renderGemeenteSwitch(gemeenten, null))[0].textContent).toBe('Choose…');
  });
});
