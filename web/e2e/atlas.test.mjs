// Browser tests of the atlas page in real Chromium, against a running Wijkatlas at WIJKATLAS_BASE_URL.
// They start no server: the backend's test suite (or you) starts the app and runs `npm run e2e`.
//   WIJKATLAS_BASE_URL=http://localhost:8091 npm run e2e
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, browser, expectNoAxeViolations, exploreMap, graphql, horizontalOverflow, hoverArea, mapIdle as mapIdleWith, SUITE_TIMEOUT, tabTo, useBrowser, withPage } from './helpers.mjs';

const ATTRIBUTION = 'Kadaster / Centraal Bureau voor de Statistiek, 2025';

useBrowser();

/** Waits until the map has drawn the areas of `level` and is idle; returns its data attributes. */
const mapIdle = (page, level) => mapIdleWith(page, { check: (d) => d.mapLevel === level });

async function listNames(page) {
  return page.locator('#area-list .area-button__name').allTextContents();
}

const focusedAreaButton = (name) =>
  new Function(`const b = document.activeElement; return b?.matches('#area-list button') && b.querySelector('.area-button__name')?.textContent === ${JSON.stringify(name)};`);

describe('Wijkatlas map page', { timeout: SUITE_TIMEOUT }, () => {
  test('loads in Dutch with landmarks, one h1 and a map of the wijken that reaches idle', async () => {
    await withPage('/', async ({ page, errors }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      // The brand names the gemeente once its name has arrived (the page does not assume one).
      await page.locator('header', { hasText: 'Wijkatlas Zwolle' }).waitFor();
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Wijken in Zwolle');
      for (const landmark of ['header', 'nav', 'main', 'footer']) {
        assert.ok((await page.locator(landmark).count()) >= 1, `no <${landmark}>`);
      }
      assert.equal(await page.locator('a.skip-link').innerText(), 'Naar de inhoud');
      assert.equal(await page.locator('input[name="niveau"]:checked').getAttribute('value'), 'WIJK');

      const state = await mapIdle(page, 'WIJK');
      assert.equal(state.renderedAreas, '16', 'the map should draw all 16 wijken');
      const map = page.locator('#map');
      assert.match(await map.getAttribute('aria-label'), /Kaart van de wijken in Zwolle/);
      const description = await page.locator(`#${await map.getAttribute('aria-describedby')}`).innerText();
      assert.match(description, /lijst/);
      const attribution = page.locator('#map .maplibregl-ctrl-attrib');
      assert.ok(await attribution.isVisible(), 'the map attribution is not visible');
      assert.match(await attribution.innerText(), new RegExp(ATTRIBUTION.replace(/[/.]/g, '\\$&')));
      assert.match(await page.locator('footer').innerText(), /CC BY 4\.0/);
      assert.deepEqual(errors, []);
    });
  });

  test('lists the 16 wijken by default, sorted by name, each with its code', async () => {
    await withPage('/', async ({ page }) => {
      await page.waitForFunction(() => document.querySelectorAll('#area-list li').length > 0);
      const names = await listNames(page);
      assert.equal(names.length, 16);
      const sorted = [...names].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
      assert.deepEqual(names, sorted);
      const codes = await page.locator('#area-list .area-button__code').allTextContents();
      assert.ok(
        codes.every((code) => /^WK0193\d\d$/.test(code)),
        `unexpected codes ${codes}`,
      );
      assert.ok(names.includes('Wijk 30 Holtenbroek'));
    });
  });

  test('switching to Buurten shows the 78 buurten in the list, on the map and in the URL', async () => {
    await withPage('/', async ({ page, errors }) => {
      await mapIdle(page, 'WIJK');
      await page.getByLabel('Buurten').check();
      await page.waitForFunction(() => document.querySelectorAll('#area-list .area-button__code').length === 78, null, {
        timeout: 30_000,
      });
      const codes = await page.locator('#area-list .area-button__code').allTextContents();
      assert.ok(
        codes.every((code) => /^BU0193\d{4}$/.test(code)),
        'the list should hold buurten only',
      );
      assert.match(page.url(), /[?&]niveau=buurt\b/);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Buurten in Zwolle');
      const state = await mapIdle(page, 'BUURT');
      assert.equal(state.renderedAreas, '78', 'the map should draw all 78 buurten');

      await page.goBack();
      await page.waitForFunction(() => document.querySelectorAll('#area-list li').length === 16);
      assert.equal(await page.locator('input[name="niveau"]:checked').getAttribute('value'), 'WIJK');
      assert.deepEqual(errors, []);
    });
  });

  test('selects Wijk 30 Holtenbroek with the keyboard only, keeps it in the URL and restores it on reload', async () => {
    await withPage('/', async ({ page, errors }) => {
      await mapIdle(page, 'WIJK');
      await page.waitForFunction(() => document.querySelectorAll('#area-list li').length === 16);

      // Space on the first wijk in the list selects it ...
      const first = (await listNames(page))[0];
      await tabTo(page, first, focusedAreaButton(first), 80);
      await page.keyboard.press('Space');
      await page.waitForFunction((name) => document.querySelector('#details-body .details__name')?.textContent === name, first);
      // ... and Enter on Holtenbroek, further down, selects that one.
      await tabTo(page, 'Wijk 30 Holtenbroek', focusedAreaButton('Wijk 30 Holtenbroek'), 80);
      await page.keyboard.press('Enter');

      await assertHoltenbroekShown(page);
      assert.match(page.url(), /\?niveau=wijk&gebied=WK019330&indicator=AantalInwoners_5$/);
      await mapIdle(page, 'WIJK');

      await page.reload();
      await assertHoltenbroekShown(page);
      await mapIdle(page, 'WIJK');

      await page.goBack(); // before Holtenbroek: the first wijk
      await page.waitForFunction((name) => document.querySelector('#details-body .details__name')?.textContent === name, first);
      await page.goForward();
      await assertHoltenbroekShown(page);
      assert.deepEqual(errors, []);
    });
  });

  test('hovering an area on the map shows its name and clicking selects it', async () => {
    await withPage('/', async ({ page, errors }) => {
      await mapIdle(page, 'WIJK');
      const { tooltip, at } = await hoverArea(page, 'WK019330');
      // The tile's `provisional` flag: Holtenbroek's stadsdeel is provisional, as the list says too;
      // the atlas opens on inhabitants, so the tooltip gives their number.
      assert.match((await tooltip.innerText()).trim(), /^Wijk 30 Holtenbroek \(voorlopige indeling\): \d{1,2}\.\d{3}$/);
      await page.mouse.click(at.x, at.y);
      await assertHoltenbroekShown(page);
      assert.match(page.url(), /gebied=WK019330/);
      assert.deepEqual(errors, []);
    });
  });

  test('opening a shared link restores level and selection', async () => {
    await withPage('/?niveau=buurt&gebied=BU01933000', async ({ page }) => {
      await page.waitForFunction(() => document.querySelector('#details-body .details__code')?.textContent === 'BU01933000');
      assert.equal(await page.locator('input[name="niveau"]:checked').getAttribute('value'), 'BUURT');
      assert.equal((await page.locator('#details-body .details__level').innerText()).trim(), 'Buurt');
      const crumbs = await page.locator('#details-body .breadcrumb li').allInnerTexts();
      assert.ok(
        crumbs.some((c) => /Holtenbroek/.test(c)),
        `the buurt's wijk is missing from ${crumbs}`,
      );
      const panel = await page.locator('#details-body').innerText();
      assert.doesNotMatch(panel, /\b(null|undefined|NaN)\b/, `the details panel shows a placeholder: ${panel}`);
      await mapIdle(page, 'BUURT');
    });
  });

  test('has no axe violations (WCAG 2.1 A/AA) on the initial page and with an area selected', async () => {
    await withPage('/', async ({ page }) => {
      await mapIdle(page, 'WIJK');
      await expectNoAxeViolations(page, 'on the initial page');
      await page.getByRole('button', { name: /Wijk 30 Holtenbroek/ }).click();
      await assertHoltenbroekShown(page);
      await mapIdle(page, 'WIJK');
      await expectNoAxeViolations(page, 'with Wijk 30 Holtenbroek selected');
    });
  });

  test('reflows at 320 px wide (200 % zoom) with the list below the map and no sideways scrolling', async () => {
    await withPage('/?niveau=wijk&gebied=WK019330', { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await assertHoltenbroekShown(page);
      await exploreMap(page);
      await mapIdle(page, 'WIJK');
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px`);
      const mapBox = await page.locator('#map').boundingBox();
      const listBox = await page.locator('#area-list').boundingBox();
      assert.ok(listBox.y > mapBox.y + mapBox.height - 1, 'on a narrow screen the list should come below the map');
      await expectNoAxeViolations(page, 'at 320px');
    });
  });

  test('the period slider moves the map, the select and the URL through the periods by keyboard', async () => {
    // An indicator with figures per wijk in several periods, from the API (inhabitants when it has them).
    const data = await graphql('{ indicators(first: 500) { edges { node { code coverage(gemeente: "GM0193") { level period areasWithFigure } } } } }');
    const candidates = data.indicators.edges
      .map(({ node }) => ({ code: node.code, periods: node.coverage.filter((c) => c.level === 'WIJK' && c.areasWithFigure > 0).map((c) => c.period) }))
      .filter((c) => c.periods.length >= 2);
    const found = candidates.find((c) => c.code === 'AantalInwoners_5') ?? candidates[0];
    assert.ok(found, 'no indicator has figures per wijk in two or more periods');
    const [first, second] = found.periods;
    const latest = found.periods.at(-1);
    await withPage(`/?niveau=wijk&indicator=${found.code}`, async ({ page, errors }) => {
      await mapIdle(page, 'WIJK');
      await page.waitForFunction((key) => document.getElementById('map').dataset.mapIndicator === key, `${found.code}/${latest}/WIJK`);
      const slider = page.getByRole('slider', { name: 'Tijdlijn' });
      assert.equal(await slider.getAttribute('aria-valuetext'), latest);
      assert.deepEqual(await page.locator('.period-slider__end').allInnerTexts(), [first, latest]);
      // Home: the first period, on the map, in the select and in the URL.
      await slider.focus();
      await page.keyboard.press('Home');
      await page.waitForFunction((key) => document.getElementById('map').dataset.mapIndicator === key, `${found.code}/${first}/WIJK`, { timeout: 30_000 });
      await mapIdle(page, 'WIJK');
      assert.equal(await slider.getAttribute('aria-valuetext'), first);
      assert.equal(await page.locator('#period-select').inputValue(), first);
      assert.equal(new URL(page.url()).searchParams.get('periode'), first);
      // An arrow key: the next period.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((key) => document.getElementById('map').dataset.mapIndicator === key, `${found.code}/${second}/WIJK`, { timeout: 30_000 });
      assert.equal(new URL(page.url()).searchParams.get('periode'), second);
      assert.equal(await page.locator('#period-select').inputValue(), second);
      // The select moves the slider; Back brings the slider's period back.
      await page.locator('#period-select').selectOption(latest);
      await page.waitForFunction((p) => document.getElementById('period-range')?.getAttribute('aria-valuetext') === p, latest);
      await page.goBack();
      await page.waitForFunction((key) => document.getElementById('map').dataset.mapIndicator === key, `${found.code}/${second}/WIJK`, { timeout: 30_000 });
      assert.equal(await slider.getAttribute('aria-valuetext'), second);
      await expectNoAxeViolations(page, 'with the period slider');
      assert.deepEqual(errors, []);
    });
  });

  test('shows a clear Dutch message when the API cannot be reached', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await page.goto(`${BASE_URL}/`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ state: 'visible', timeout: 20_000 });
      assert.match(await alert.innerText(), /niet bereikbaar/);
      assert.ok(await page.getByRole('button', { name: 'Opnieuw proberen' }).isVisible());
      assert.ok(await page.locator('h1').isVisible(), 'the page should still show its heading');
    } finally {
      await context.close();
    }
  });
});

async function assertHoltenbroekShown(page) {
  const details = page.locator('#details-body');
  await page.waitForFunction(() => document.querySelector('#details-body .details__code')?.textContent === 'WK019330', null, {
    timeout: 30_000,
  });
  assert.equal((await details.locator('.details__name').innerText()).trim(), 'Wijk 30 Holtenbroek');
  assert.equal((await details.locator('.details__level').innerText()).trim(), 'Wijk');
  const crumbs = (await details.locator('.breadcrumb li').allInnerTexts()).map((c) => c.trim());
  assert.equal(crumbs.length, 3, `expected gemeente, stadsdeel and the wijk itself, got ${crumbs}`);
  assert.match(crumbs[0], /^Gemeente .*Zwolle/);
  assert.match(crumbs[1], /^Stadsdeel /);
  assert.equal(crumbs[2], 'Wijk 30 Holtenbroek');
  // zwolle/stadsdelen.csv marks Holtenbroek's stadsdeel as PROVISIONAL: the label must be visible text.
  assert.ok(await details.getByText('Voorlopige indeling').isVisible(), 'the provisional membership label is missing');
  assert.equal(await page.locator('#area-list button[aria-current="true"] .area-button__name').innerText(), 'Wijk 30 Holtenbroek');
  assert.match(await page.title(), /Wijk 30 Holtenbroek/);
}
