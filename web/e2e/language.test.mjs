// One language per page (issue 12): no English sentence in the Dutch UI and no Dutch UI text in the
// English one. The check reads the rendered text of every main page, leaving out what is marked as
// another language (lang="nl" on the municipal documents' own words on an English page) and the
// names of places. It looks for words that only one of the two languages uses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useBrowser, withPage } from './helpers.mjs';

const PAGES = [
  '/?niveau=wijk&gebied=WK019330',
  '/?niveau=buurt&indicator=AantalInwoners_5',
  '/gebied/WK019330',
  '/gebied/BU01933000',
  '/gebied/SD0193_NOORD',
  '/gebied/GM0193',
  '/verhaal/van-getallen-naar-vergezichten',
  '/vergelijk?gebieden=WK019330,WK019311',
  '/gebied/XX123',
  '/?gemeente=GM1771&niveau=wijk',
  '/gebied/BU17710000',
];
const ENGLISH = /\b(the|and|with|which|serves|computed|assigned|boundary|boundaries|approximate|built from|no source|derived from)\b/gi;
const DUTCH = /\b(geen gegevens|geen cijfers|kies een|naar de kaart|bron:|voor heel|ligt in|bestaat uit|berekend door|van de gemeente|het gezochte)\b/gi;

useBrowser();

/** The page's text in its own language: text under an element with another lang left out. */
function textInPageLanguage(page, lang) {
  return page.evaluate((lang) => {
    const out = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return out.push(node.textContent);
      if (node.nodeType !== Node.ELEMENT_NODE || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(node.tagName)) return;
      const marked = node.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== lang) return;
      if (getComputedStyle(node).display === 'none') return;
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return out.join(' ');
  }, lang);
}

describe('one language per page', { timeout: 600_000 }, () => {
  for (const lang of ['nl', 'en']) {
    test(`no ${lang === 'nl' ? 'English' : 'Dutch'} text on the ${lang === 'nl' ? 'Dutch' : 'English'} pages`, async () => {
      const found = [];
      for (const path of PAGES) {
        const url = lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}taal=en` : path;
        await withPage(url, async ({ page }) => {
          await page.locator('main h1').first().waitFor({ timeout: 30_000 });
          // The page's data sections arrive after the title: wait until the network is quiet.
          await page.waitForLoadState('networkidle');
          const text = await textInPageLanguage(page, lang);
          for (const m of text.matchAll(lang === 'nl' ? ENGLISH : DUTCH)) {
            found.push(`${url}: "…${text.slice(Math.max(0, m.index - 50), m.index + 30).replace(/\s+/g, ' ')}…"`);
          }
        });
      }
      assert.deepEqual(found, []);
    });
  }
});
