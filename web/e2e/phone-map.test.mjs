// The map on a phone (issue 12, speed): the atlas and the profile show the server's picture of the
// map, with the areas' names and a text alternative, and load MapLibre only when the reader asks
// for the map — a tap, or the "Kaart verkennen" button by keyboard. A desktop keeps MapLibre at once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, expectNoAxeViolations, exploreMap, mapIdle, profileComplete, useBrowser, withPage } from './helpers.mjs';

const TIMEOUT = 300_000;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const MAPLIBRE = /\/assets\/maplibre-[\w-]+\.js$/;

useBrowser();

/** Runs `body` on a fresh page (withPage) of `path` that records, as `maplibre`, every request for MapLibre's chunk. */
function withRecording(path, options, body) {
  return withPage(null, options, async (opened) => {
    const maplibre = [];
    opened.page.on('request', (request) => MAPLIBRE.test(new URL(request.url()).pathname) && maplibre.push(request.url()));
    await opened.page.goto(`${BASE_URL}${path}`);
    return body({ ...opened, maplibre });
  });
}

describe('the atlas on a phone', { timeout: TIMEOUT }, () => {
  for (const lang of ['nl', 'en']) {
    test(`a coloured picture with the names until a tap, then the interactive map (${lang})`, async () => {
      await withRecording(`/?niveau=wijk${lang === 'en' ? '&taal=en' : ''}`, PHONE, async ({ page, errors, maplibre }) => {
        const picture = page.locator('#map svg.map-still');
        await picture.waitFor({ timeout: 30_000 });
        await page.locator('#figures-table').waitFor({ timeout: 30_000 });
        // The figures colour the picture (the legend's classes), and the names are written on it.
        await page.waitForFunction(() => [...document.querySelectorAll('#map svg.map-still path[data-code]')].some((p) => p.getAttribute('fill-opacity') === '0.85'));
        // As many as fit without overlapping (the interactive map leaves as many out on a phone).
        const names = await picture.locator('text').allTextContents();
        assert.ok(names.length >= 4, `only ${names.length} names on the picture: ${names}`);
        assert.ok(names.includes('Diezerpoort'), `Diezerpoort is not named: ${names}`);
        assert.equal(await picture.getAttribute('role'), 'img');
        assert.match(await picture.getAttribute('aria-label'), lang === 'en' ? /^Map of the wijken in Zwolle with their names/ : /^Kaart van de wijken in Zwolle met hun namen/);
        assert.equal(await page.locator('#map button.map-explore').innerText(), lang === 'en' ? 'Explore the map' : 'Kaart verkennen');
        await expectNoAxeViolations(page, `on the phone atlas before the map (${lang})`);
        assert.deepEqual(maplibre, [], 'MapLibre was loaded before the reader asked for the map');
        await exploreMap(page);
        await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.mapIndicator !== '' });
        assert.ok(maplibre.length > 0, 'MapLibre was not loaded after the tap');
        assert.equal(await page.locator('#map .map-still').count(), 0, 'the picture stayed under the interactive map');
        assert.equal(await page.locator('#map button.map-explore').count(), 0);
        await expectNoAxeViolations(page, `on the phone atlas with the map (${lang})`);
        assert.deepEqual(errors, []);
      });
    });
  }

  test('a tap on an area of the picture selects it and brings the interactive map', async () => {
    await withRecording('/?niveau=wijk', PHONE, async ({ page, errors }) => {
      const label = page.locator('#map svg.map-still text', { hasText: /^Diezerpoort$/ });
      await label.waitFor({ timeout: 30_000 });
      await label.tap();
      await page.waitForURL(/gebied=WK019311/);
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.match(await page.locator('#details-body').innerText(), /Diezerpoort/);
      assert.deepEqual(errors, []);
    });
  });

  test('keyboard only: the button brings the map and gives it the focus', async () => {
    await withRecording('/?niveau=wijk', { viewport: { width: 390, height: 844 } }, async ({ page, errors, maplibre }) => {
      await page.locator('#map svg.map-still').waitFor({ timeout: 30_000 });
      assert.deepEqual(maplibre, []);
      await exploreMap(page, '#map', { keyboard: true });
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      await page.waitForFunction(() => document.activeElement?.classList.contains('maplibregl-canvas'), null, { timeout: 10_000 });
      assert.deepEqual(errors, []);
    });
  });
});

describe('a profile on a phone', { timeout: TIMEOUT }, () => {
  for (const lang of ['nl', 'en']) {
    test(`the locator picture with its names and text is the map until the reader asks (${lang})`, async () => {
      await withRecording(`/gebied/WK019330${lang === 'en' ? '?taal=en' : ''}`, PHONE, async ({ page, errors, maplibre }) => {
        await profileComplete(page);
        const picture = page.locator('#profile-map img.map-first-frame');
        assert.ok(await picture.evaluate((img) => img.complete && img.naturalWidth > 0), 'the picture did not load');
        assert.equal(
          await picture.getAttribute('alt'),
          lang === 'en'
            ? 'Map of where Wijk 30 Holtenbroek in Zwolle lies, with the names of the areas around it'
            : 'Kaart van de ligging van Wijk 30 Holtenbroek in Zwolle, met de namen van de gebieden eromheen',
        );
        // The names in the picture: the wijk and its buurten.
        const svg = await (await fetch(`${BASE_URL}/preview/kaart/WK019330.svg`)).text();
        const names = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
        assert.ok(names.includes('Holtenbroek'), `the picture does not name Holtenbroek: ${names}`);
        assert.ok(names.filter((n) => /^Holtenbroek I/.test(n)).length >= 2, `the picture names too few of its buurten: ${names}`);
        await page.waitForTimeout(500);
        assert.equal(await page.locator('#profile-map').getAttribute('data-map-state'), 'still');
        assert.deepEqual(maplibre, [], 'MapLibre was loaded before the reader asked for the map');
        await expectNoAxeViolations(page, `on the phone profile before the map (${lang})`);
        await exploreMap(page, '#profile-map');
        await mapIdle(page, { selector: '#profile-map' });
        assert.ok(maplibre.length > 0);
        assert.equal(await page.locator('#profile-map .map-first-frame').count(), 0);
        await expectNoAxeViolations(page, `on the phone profile with the map (${lang})`);
        assert.deepEqual(errors, []);
      });
    });
  }

  test('keyboard only: Tab to "Kaart verkennen", Enter, and the map has the focus', async () => {
    await withRecording('/gebied/BU01933000', { viewport: { width: 390, height: 844 } }, async ({ page, errors }) => {
      await profileComplete(page);
      await exploreMap(page, '#profile-map', { keyboard: true });
      await mapIdle(page, { selector: '#profile-map' });
      await page.waitForFunction(() => document.activeElement?.closest('#profile-map') && document.activeElement.classList.contains('maplibregl-canvas'), null, { timeout: 10_000 });
      assert.deepEqual(errors, []);
    });
  });

  test('a desktop loads the interactive map at once', async () => {
    await withRecording('/gebied/WK019330', { viewport: { width: 1440, height: 900 } }, async ({ page, maplibre }) => {
      await mapIdle(page, { selector: '#profile-map' });
      assert.ok(maplibre.length > 0);
      assert.equal(await page.locator('#profile-map button.map-explore').count(), 0);
    });
  });
});
