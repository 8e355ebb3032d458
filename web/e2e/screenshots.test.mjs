// The screenshots in the README (docs/screenshots/), taken from the running app by the browser
// tests: every test run takes them again (into target/screenshots/, checking each page reaches its
// finished state without errors), and `./wijkatlas screenshots` writes them into docs/screenshots/
// against a running app, so the README never shows a page that is no longer there.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { mapIdle, profileComplete, scrollToMap, useBrowser, withPage } from './helpers.mjs';

const DIR = process.env.WIJKATLAS_SCREENSHOT_DIR ?? join(process.cwd(), 'target', 'screenshots');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

// What shows a page with a map is finished: the atlas with its indicator drawn, a profile with
// everything in and its locator map drawn (scrolled back to the top for the picture).
const atlasDrawn = (page) => mapIdle(page, { check: (d) => d.mapIndicator !== '' && d.basemap !== 'loading' });
async function smallMapDrawn(page, selector) {
  await scrollToMap(page, selector);
  await mapIdle(page, { selector, check: (d) => d.basemap !== 'loading' });
  await page.evaluate(() => window.scrollTo(0, 0));
}
async function profileDrawn(page) {
  await profileComplete(page);
  await smallMapDrawn(page, '#profile-map');
}
// The compare page with its figures in and its map drawn (the map loads when it comes near the screen).
async function compareDrawn(page) {
  await page.locator('#compare-figures').waitFor({ timeout: 30_000 });
  await smallMapDrawn(page, '#compare-map');
}

// On a phone the map is the server's picture until the reader taps it (map-lazy.js): the atlas's
// coloured by the figures, the profile's locator image loaded.
async function atlasPictured(page) {
  await page.locator('#figures-table').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('#map svg.map-still path[data-code]')].some((p) => p.getAttribute('fill-opacity') === '0.85'), null, { timeout: 30_000 });
}
async function profilePictured(page) {
  await profileComplete(page);
  await page.waitForFunction(() => document.querySelector('#profile-map img.map-first-frame')?.complete, null, { timeout: 30_000 });
}

// name, path, what shows the page is finished, viewport
const PAGES = [
  ['atlas', '/?niveau=wijk&gebied=WK019330', atlasDrawn, DESKTOP],
  ['atlas-phone', '/?niveau=wijk', atlasPictured, PHONE],
  ['profile', '/gebied/WK019330', profileDrawn, DESKTOP],
  ['profile-phone', '/gebied/BU01933000', profilePictured, PHONE],
  ['story', '/verhaal/van-getallen-naar-vergezichten', async (page) => mapIdle(page, { check: (d) => d.basemap !== 'loading' }), DESKTOP],
  ['compare', '/vergelijk?gebieden=WK019330,WK019311', compareDrawn, DESKTOP],
];

useBrowser();
before(() => mkdirSync(DIR, { recursive: true }));

describe('README screenshots', { timeout: 300_000 }, () => {
  for (const [name, path, finished, viewport] of PAGES) {
    test(`${name}: ${path} at ${viewport.width}×${viewport.height}`, async () => {
      await withPage(path, { viewport, ...(viewport === PHONE ? { hasTouch: true, isMobile: true } : {}) }, async ({ page, errors }) => {
        await finished(page);
        await page.screenshot({ path: join(DIR, `${name}.png`) });
        assert.deepEqual(errors, []);
      });
    });
  }
});
