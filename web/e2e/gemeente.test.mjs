// Browser tests of a second gemeente: Geldrop-Mierlo (GM1771) beside Zwolle. The switcher in the
// header opens its atlas (its 2 wijken and 15 buurten only, titles naming it), and the profile of
// Braakhuizen-Zuid (BU17710005) names Geldrop-Mierlo as its gemeente everywhere, with its figures
// and its opgave, the wijkontwikkelingsplan. Dutch and English, axe on every page, no sideways
// scrolling at 320 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, exploreMap, horizontalOverflow, joinedTexts, mapIdle, profileComplete, SUITE_TIMEOUT, useBrowser, withPage } from './helpers.mjs';

/** The parts of the atlas that the page writes itself (not the indicator picker, whose names are data). */
const ATLAS_TEXT = '#page-title, #atlas-intro, #legend, #figures, #details-body, .areas, .search';

useBrowser();

describe('Geldrop-Mierlo', { timeout: SUITE_TIMEOUT }, () => {
  test("the switcher opens Geldrop-Mierlo's atlas with the keyboard: its 2 wijken and 15 buurten, titles naming it", async () => {
    await withPage('/', async ({ page, errors }) => {
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.match(await page.locator('header').innerText(), /Wijkatlas Zwolle/);
      const select = page.getByLabel('Gemeente', { exact: true });
      await select.focus();
      await select.selectOption('GM1771');
      assert.equal(new URL(page.url()).searchParams.get('gemeente'), null, 'choosing alone does not navigate');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Toon');
      await Promise.all([page.waitForURL(/gemeente=GM1771/), page.keyboard.press('Enter')]);
      const state = await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.renderedAreas === '2' });
      assert.equal(state.renderedAreas, '2');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Wijken in Geldrop-Mierlo');
      assert.match(await page.title(), /Wijkatlas Geldrop-Mierlo/);
      assert.match(await page.locator('header').innerText(), /Wijkatlas Geldrop-Mierlo/);
      assert.equal(await page.locator('#gemeente-select').inputValue(), 'GM1771');
      assert.match(await page.locator('#map').getAttribute('aria-label'), /wijken in Geldrop-Mierlo/);
      assert.equal(await page.locator('#area-list button').count(), 2);
      assert.ok(await page.locator('input[value="STADSDEEL"]').isHidden(), 'no stadsdelen to switch to');
      await page.getByText('Buurten', { exact: true }).click();
      await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' && d.renderedAreas === '15' });
      assert.equal(await page.locator('#area-list button').count(), 15);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Buurten in Geldrop-Mierlo');
      // (The indicator picker may list Zwolle's own survey indicators by name: that is data, not the page.)
      assert.doesNotMatch(await joinedTexts(page, ATLAS_TEXT), /Zwolle/);
      await expectNoAxeViolations(page, 'on the Geldrop-Mierlo atlas (nl)');
      assert.deepEqual(errors, []);
    });
  });

  test('the English atlas of Geldrop-Mierlo: figures of its own areas, the municipality named, no Dutch-only title', async () => {
    await withPage('/?gemeente=GM1771&niveau=wijk&indicator=AantalInwoners_5&taal=en', async ({ page, errors }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith('AantalInwoners_5/') && d.renderedAreas === '2' });
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Wijken in Geldrop-Mierlo');
      assert.equal(await page.locator('#figures-table tbody tr').count(), 2);
      assert.match(await page.locator('#figures-table').innerText(), /Municipality of Geldrop-Mierlo/);
      assert.equal(await page.locator('#gemeente-select').inputValue(), 'GM1771');
      assert.equal(await page.getByLabel('Municipality', { exact: true }).count(), 1);
      assert.doesNotMatch(await joinedTexts(page, ATLAS_TEXT), /Zwolle|Stad |gemeente /);
      await expectNoAxeViolations(page, 'on the Geldrop-Mierlo atlas (en)');
      assert.deepEqual(errors, []);
    });
  });

  test('the atlas of Geldrop-Mierlo does not scroll sideways at 320 px', async () => {
    await withPage('/?gemeente=GM1771&niveau=buurt', { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await exploreMap(page);
      await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' });
      assert.ok((await horizontalOverflow(page)) <= 0, `overflow ${await horizontalOverflow(page)} px`);
    });
  });
});

describe('Braakhuizen-Zuid (BU17710005)', { timeout: SUITE_TIMEOUT }, () => {
  for (const lang of ['nl', 'en']) {
    test(`its profile names Geldrop-Mierlo as its gemeente, shows its figures and the wijkontwikkelingsplan (${lang})`, async () => {
      await withPage(`/gebied/BU17710005${lang === 'en' ? '?taal=en' : ''}`, async ({ page, errors }) => {
        // The server's first frame has the name already; the rest comes with the drawn profile.
        await profileComplete(page);
        assert.equal((await page.locator('h1').innerText()).trim(), 'Braakhuizen-Zuid');
        assert.match(await page.title(), /^Braakhuizen-Zuid – Buurt – Wijkatlas Geldrop-Mierlo$/);
        assert.match(await page.locator('.profile__level').innerText(), /^Buurt in Geldrop-Mierlo/);
        const relations = await page.locator('.profile__relations').innerText();
        assert.match(relations, lang === 'en' ? /Municipality\s+Geldrop-Mierlo/ : /Gemeente\s+Geldrop-Mierlo/);
        assert.match(relations, /Geldrop/);
        assert.match(await page.locator('header').innerText(), /Wijkatlas Geldrop-Mierlo/);
        // Figures section, with the figures it has (missing ones never as 0).
        assert.equal(await page.locator('#indicators-heading').count(), 1);
        assert.ok((await page.locator('.indicator-table tbody tr').count()) >= 1);
        // The opgaven section with the wijkontwikkelingsplan (seed 004, from the gemeente branch).
        assert.equal(await page.locator('#opgaven-heading').count(), 1);
        assert.match(await joinedTexts(page, '.opgave h3', '\n'), /Wijkontwikkelingsplan Braakhuizen Zuid/);
        // Links back to the map and the embed carry the gemeente.
        assert.match(await page.locator('a.back-to-map').getAttribute('href'), /gemeente=GM1771/);
        assert.doesNotMatch(await joinedTexts(page, '.site-header__brand, main'), /Zwolle/);
        await expectNoAxeViolations(page, `on the Braakhuizen-Zuid profile (${lang})`);
        assert.deepEqual(errors, []);
      });
    });
  }

  test('its profile does not scroll sideways at 320 px', async () => {
    await withPage('/gebied/BU17710005', { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      // The server's first frame has the name already; the rest comes with the drawn profile.
      await profileComplete(page);
      assert.ok((await horizontalOverflow(page)) <= 0, `overflow ${await horizontalOverflow(page)} px`);
    });
  });
});
