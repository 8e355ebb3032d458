// Browser tests of the comparison: two to four areas side by side from the URL, with the city,
// what happens there, an "add area" picker that keeps the state in the URL, the profile's link to
// it, stacked rows on a phone (nothing sideways at 320 px), its embed, axe in both languages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, horizontalOverflow, SUITE_TIMEOUT, useBrowser, withPage } from './helpers.mjs';

useBrowser();

describe('Compare', { timeout: SUITE_TIMEOUT }, () => {
  test('a profile links to the comparison; adding Diezerpoort puts both side by side, in the URL', async () => {
    await withPage('/gebied/WK019330', async ({ page, errors }) => {
      await page.getByRole('link', { name: 'Vergelijk met een ander gebied' }).click();
      await page.waitForURL(/\/vergelijk\?gebieden=WK019330$/);
      await page.locator('#compare-add').selectOption('WK019311');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.waitForURL(/\/vergelijk\?gebieden=WK019330,WK019311$/);
      await page.locator('.compare__table').first().waitFor();
      const headers = await page.locator('.compare__table').first().locator('thead th').allTextContents();
      assert.deepEqual(headers.slice(1), ['Wijk 30 Holtenbroek', 'Wijk 11 Diezerpoort', 'Gemeente']);
      const inhabitants = page.locator('.compare__table tbody tr', { hasText: 'Aantal inwoners' }).first();
      assert.match(await inhabitants.innerText(), /10\.080[\s\S]*10\.930[\s\S]*133\.815/);
      // What happens: the Holtenbroek credit and the Diezerpoort credit, each in its own column.
      const columns = await page.locator('.compare__column').allInnerTexts();
      assert.match(columns[0], /Werkplan kleurrijk Holtenbroek/);
      assert.match(columns[1], /Diezerpoort, Sociaal/);
      assert.doesNotMatch(columns[0], /Diezerpoort, Sociaal/);
      assert.deepEqual(errors, []);
    });
  });

  for (const lang of ['nl', 'en']) {
    test(`on a 320 px phone nothing scrolls sideways, and axe finds nothing (${lang})`, async () => {
      await withPage(`/vergelijk?gebieden=WK019330,WK019311,BU01933000,SD0193_NOORD${lang === 'en' ? '&taal=en' : ''}`, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
        await page.locator('.compare__table').first().waitFor();
        const overflow = await horizontalOverflow(page);
        assert.ok(overflow <= 0, `sideways scrolling by ${overflow}px`);
        await expectNoAxeViolations(page, `on the comparison (${lang})`);
      });
    });
  }

  test('the comparison embed shows the key figures with "Open in Wijkatlas"', async () => {
    await withPage('/embed/vergelijk?gebieden=WK019330,WK019311&taal=en', async ({ page }) => {
      await page.locator('.compare__table').waitFor();
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.ok(await page.getByRole('link', { name: /Open in Wijkatlas/ }).isVisible());
      await expectNoAxeViolations(page, 'on the comparison embed (en)');
    });
  });
});
