// Browser tests of the not-found page: an unknown area, story or path answers HTTP 404 with the
// app's own page in the site's look and the page's language (no Whitelabel page), and passes axe.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, SUITE_TIMEOUT, useBrowser, withPage } from './helpers.mjs';

useBrowser();

describe('Not found', { timeout: SUITE_TIMEOUT }, () => {
  for (const [path, lang, heading] of [
    ['/gebied/XX123', 'nl', 'Niet gevonden'],
    ['/gebied/XX123?taal=en', 'en', 'Not found'],
    ['/verhaal/geen-verhaal', 'nl', 'Niet gevonden'],
    ['/foo?taal=en', 'en', 'Not found'],
  ]) {
    test(`${path} answers 404 with the app's not-found page in ${lang}`, async () => {
      await withPage(null, async ({ page, errors }) => {
        const response = await page.goto(`${process.env.WIJKATLAS_BASE_URL.replace(/\/+$/, '')}${path}`);
        assert.equal(response.status(), 404);
        await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, heading);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        assert.ok(await page.locator('.site-header').isVisible(), 'in the site look, with its header');
        assert.ok(await page.getByRole('link', { name: lang === 'en' ? 'Back to the map' : 'Terug naar de kaart' }).isVisible());
        assert.doesNotMatch(await page.locator('body').innerText(), /Whitelabel/);
        await expectNoAxeViolations(page, `on the not-found page (${lang})`);
        assert.deepEqual(errors, []);
      });
    });
  }
});
