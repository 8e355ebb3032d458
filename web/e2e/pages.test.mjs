// Browser tests of the atlas with figures, the area profile, find-my-buurt, the story, the embeds
// and oEmbed, in Dutch and English, against a running Wijkatlas at WIJKATLAS_BASE_URL.
// Address search needs the app's Locatieserver URL to point at a stand-in that answers in PDOK's
// format: BrowserIntegrationTest starts one and sets wijkatlas.locatieserver-url.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import {
  BASE_URL,
  expectNoAxeViolations,
  exploreMap,
  graphql,
  horizontalOverflow,
  hoverArea,
  joinedTexts,
  mapIdle,
  profileComplete,
  scrollToMap,
  SUITE_TIMEOUT,
  tabTo,
  useBrowser,
  withPage,
} from './helpers.mjs';

const STORY = 'van-getallen-naar-vergezichten';
const INDICATOR = 'AantalInwoners_5'; // figures per wijk
const NONE = 'geen'; // the URL value of "geen indicator"
const AREA_HA = 'oppervlakte_grens_ha'; // figures per buurt (derived from the boundaries)

useBrowser();

describe('Atlas with figures', { timeout: SUITE_TIMEOUT }, () => {
  test('a shared link restores indicator, period and level: classed map, legend with "geen gegevens" and the city, table, CSV', async () => {
    await withPage(`/?niveau=buurt&indicator=${AREA_HA}&periode=2025`, async ({ page, errors }) => {
      const state = await mapIdle(page, { check: (d) => d.mapIndicator === 'oppervlakte_grens_ha/2025/BUURT' });
      assert.equal(state.renderedAreas, '78');
      assert.equal(await page.locator('#indicator-select').inputValue(), AREA_HA);
      assert.equal(await page.locator('#period-select').inputValue(), '2025');
      const legend = await page.locator('#legend').innerText();
      assert.match(legend, /ha/);
      assert.match(legend, /\d\.\d{3}/, 'legend values use Dutch thousands separators');
      const rows = page.locator('#figures-table tbody tr');
      assert.equal(await rows.count(), 78);
      const csv = await page.locator('a.csv-link').getAttribute('href');
      assert.match(csv, /\/data\/indicators\/oppervlakte_grens_ha\.csv\?/);
      assert.equal((await fetch(csv.startsWith('http') ? csv : `${BASE_URL}${csv}`)).status, 200);
      assert.match(await page.locator('#figures').innerText(), /Bron: /);
      assert.deepEqual(errors, []);
    });
  });

  test('missing figures read "geen gegevens", are hatched in the legend, never 0', async () => {
    const { indicators } = await graphql('{ indicators(first: 500) { edges { node { code periods } } } }');
    // Find an indicator whose buurt figures include a missing one.
    let found = null;
    for (const { node } of indicators.edges) {
      for (const period of node.periods) {
        const { indicator } = await graphql('query($c: ID!, $p: String!) { indicator(code: $c) { values(period: $p, level: WIJK, gemeente: "GM0193") { status } } }', { c: node.code, p: period });
        const statuses = indicator.values.map((v) => v.status);
        if (statuses.includes('PRESENT') && statuses.some((s) => s !== 'PRESENT')) found = { code: node.code, period };
        if (found) break;
      }
      if (found) break;
    }
    assert.ok(found, 'no indicator with a missing wijk figure to test with');
    await withPage(`/?niveau=wijk&indicator=${found.code}&periode=${found.period}`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator.endsWith('/WIJK') });
      assert.ok(await page.locator('#legend .legend__swatch--nodata').count(), 'no hatched "geen gegevens" swatch');
      assert.match(await page.locator('#legend').innerText(), /geen gegevens/);
      const cells = await page.locator('#figures-table td.nodata').allInnerTexts();
      assert.ok(cells.length > 0 && cells.every((c) => /geen gegevens/.test(c)), `missing cells: ${cells}`);
    });
  });

  test('the table sorts by value, and the keyboard alone opens a buurt profile from it', async () => {
    await withPage(`/?niveau=buurt&indicator=${AREA_HA}&periode=2025`, async ({ page, errors }) => {
      await page.locator('#figures-table tbody tr').first().waitFor();
      await page.getByRole('button', { name: /^Waarde/ }).click();
      await page.waitForFunction(() => document.querySelector('#figures-table th[aria-sort]')?.textContent.startsWith('Waarde'));
      assert.equal(await page.locator('#figures-table th[aria-sort]').getAttribute('aria-sort'), 'ascending');
      await tabTo(page, 'Holtenbroek IV in the table', () => document.activeElement?.matches('#figures-table a') && document.activeElement.textContent === 'Holtenbroek IV', 400);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/gebied\/BU01933000/);
      await page.locator('h1', { hasText: 'Holtenbroek IV' }).waitFor();
      assert.deepEqual(errors, []);
    });
  });

  test('picking an indicator with the keyboard puts it in the URL; back restores the plain map', async () => {
    // The atlas opens on inhabitants; "geen indicator" is a choice of its own, kept in the URL.
    await withPage(`/?niveau=wijk&indicator=${NONE}`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.mapIndicator === '' });
      await page.locator('#indicator-select').selectOption(INDICATOR);
      await page.waitForURL(/indicator=AantalInwoners_5/);
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith('AantalInwoners_5/') });
      await page.goBack();
      await mapIdle(page, { check: (d) => d.mapIndicator === '' });
      assert.equal(await page.locator('#indicator-select').inputValue(), '');
    });
  });

  test('the tooltip gives the value, Dutch formatted, not only the colour', async () => {
    await withPage(`/?niveau=wijk&indicator=${INDICATOR}&periode=2025`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator === 'AantalInwoners_5/2025/WIJK' });
      const { tooltip } = await hoverArea(page, 'WK019330');
      assert.match(await tooltip.innerText(), /^Wijk 30 Holtenbroek \(voorlopige indeling\): \d{1,3}(\.\d{3})+$/);
    });
  });

  test('no axe violations with figures, in Dutch and in English', async () => {
    for (const lang of ['nl', 'en']) {
      await withPage(`/?niveau=buurt&gebied=BU01933000&indicator=${AREA_HA}&periode=2025${lang === 'en' ? '&taal=en' : ''}`, async ({ page }) => {
        await mapIdle(page, { check: (d) => d.mapIndicator !== '' });
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        if (lang === 'en') assert.equal(await page.locator('a.skip-link').innerText(), 'Skip to content');
        await expectNoAxeViolations(page, `on the atlas (${lang})`);
      });
    }
  });
});

describe('Area profile', { timeout: SUITE_TIMEOUT }, () => {
  test('Diezerpoort: parents, children, indicators against the city, krediet in euros, sources', async () => {
    await withPage('/gebied/WK019311', async ({ page, errors }) => {
      await profileComplete(page);
      assert.match(await page.locator('h1').innerText(), /Diezerpoort/);
      assert.match(await page.locator('.profile__relations').innerText(), /Zwolle/);
      assert.ok((await page.locator('.indicator-table tbody tr').count()) > 5);
      assert.match(await page.locator('#credits-table').innerText(), /€\s?1\.134\.394/);
      assert.ok(await page.locator('#sources-heading').isVisible());
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /\b(null|undefined|NaN)\b/);
      assert.deepEqual(errors, []);
    });
  });

  test('Holtenbroek: opgaven with their DIN tree and initiatives with how to join', async () => {
    await withPage('/gebied/WK019330', async ({ page }) => {
      await profileComplete(page);
      const opgaven = await page.locator('section[aria-labelledby="opgaven-heading"]').innerText();
      assert.ok(/Doelen/.test(opgaven) || /geen opgaven/.test(opgaven), opgaven);
      const initiatives = page.locator('section[aria-labelledby="initiatives-heading"]');
      assert.ok(await initiatives.isVisible());
      if (await page.locator('#profile-map').count()) {
        await scrollToMap(page, '#profile-map');
        await mapIdle(page, { selector: '#profile-map' });
      }
      // The key figures: each with the city's value has a dot plot; each whose indicator has two or
      // more periods with a figure here has a sparkline naming its first and last period.
      const cards = page.locator('.key-figure');
      assert.ok((await cards.count()) >= 2, 'too few key figures');
      const codes = await cards.evaluateAll((items) => items.map((i) => i.dataset.indicator));
      const { area } = await graphql('query($codes: [ID!]!) { area(code: "WK019330") { indicatorSeries(codes: $codes) { indicator { code } values { period status } } } }', { codes });
      let plots = 0;
      let lines = 0;
      for (const [i, code] of codes.entries()) {
        const card = cards.nth(i);
        if (await card.locator('.key-figure__city').count()) {
          assert.equal(await card.locator('svg.key-figure__plot').count(), 1, `${code}: no dot plot beside the city's value`);
          assert.equal(await card.locator('svg.key-figure__plot .key-figure__area-mark').count(), 1);
          plots++;
        }
        const values = area.indicatorSeries.find((s) => s.indicator.code === code)?.values ?? [];
        const present = values.filter((v) => v.status === 'PRESENT').length;
        const periods = values.map((v) => v.period).sort();
        assert.equal(await card.locator('svg.key-figure__sparkline').count(), present >= 2 ? 1 : 0, `${code}: ${present} periods with a figure`);
        if (present >= 2) {
          const title = await card.locator('svg.key-figure__sparkline title').textContent();
          assert.ok(title.includes(`${periods[0]} tot en met ${periods.at(-1)}`), title);
          lines++;
        }
      }
      assert.ok(plots >= 1, 'no card has a dot plot');
      assert.ok(lines >= 1, 'no card has a sparkline (Holtenbroek has inhabitants for several years)');
    });
  });

  test('what happens here, rolled up with where it comes from, and who to reach', async () => {
    // Stadsdeel Noord: the opgaven of its wijk Holtenbroek, labelled with the wijk.
    await withPage('/gebied/SD0193_NOORD', async ({ page, errors }) => {
      const opgaven = page.locator('section[aria-labelledby="opgaven-heading"]');
      await opgaven.locator('.opgave').first().waitFor({ timeout: 30_000 });
      assert.doesNotMatch(await opgaven.innerText(), /geen opgaven/);
      assert.match(await joinedTexts(opgaven, '.opgave .origin', '\n'), /In Wijk 30 Holtenbroek/);
      // A buurt: the opgaven of its wijk "voor heel", the contacts of its wijk and stadsdeel.
      await page.goto(`${BASE_URL}/gebied/BU01933000`);
      await profileComplete(page);
      assert.match(await page.locator('section[aria-labelledby="opgaven-heading"]').innerText(), /Voor heel Wijk 30 Holtenbroek/);
      // The wijk's initiative, once, labelled with the wijk.
      const initiatives = await page.locator('section[aria-labelledby="initiatives-heading"] .card').allInnerTexts();
      assert.equal(initiatives.filter((c) => /Buurtkamer Holtenbroek/.test(c)).length, 1, initiatives.join('\n'));
      assert.match(
        initiatives.find((c) => /Buurtkamer Holtenbroek/.test(c)),
        /Voor heel Wijk 30 Holtenbroek/,
      );
      const contacts = await page.locator('section[aria-labelledby="contacts-heading"]').innerText();
      assert.match(contacts, /Wijkservicepunt Noord/);
      assert.match(contacts, /wijkservicepuntnoord@zwolle\.nl/);
      assert.doesNotMatch(contacts, /Groen Holtenbroek/, 'a former organisation is listed as a contact');
      assert.ok((await page.locator('.key-figure').count()) >= 1, 'no key figures');
      assert.deepEqual(errors, []);
    });
  });

  test('a gemeente profile does not compare the city with itself: no city value on its cards, no city columns', async () => {
    await withPage('/gebied/GM0193', async ({ page }) => {
      await page.locator('.key-figure').first().waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('.key-figure__city').count(), 0);
      const headers = await page.locator('.indicator-table thead').first().textContent();
      assert.match(headers, /Waarde/);
      assert.doesNotMatch(headers, /Gemeente|Verschil/);
      // A wijk keeps them.
      await page.goto(`${BASE_URL}/gebied/WK019330`);
      await page.locator('.key-figure__city').first().waitFor({ timeout: 30_000 });
      assert.match(await page.locator('.indicator-table thead').first().textContent(), /Verschil met de gemeente/);
    });
  });

  test('the first frame: name and locator picture come with the HTML, and the interactive map takes their place', async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    // Without scripts: what the server's HTML alone shows.
    const frame = await withPage('/gebied/BU01933000', { ...phone, javaScriptEnabled: false }, async ({ page }) => {
      assert.equal(await page.locator('h1').innerText(), 'Holtenbroek IV');
      const picture = page.locator('.profile__map img.map-first-frame');
      await picture.waitFor();
      assert.ok(await picture.evaluate((img) => img.complete && img.naturalWidth > 0), 'the locator picture did not load');
      const box = await page.locator('.profile__map').boundingBox();
      assert.ok(box.y + box.height <= 844, `the map is not on the first screen (${JSON.stringify(box)})`);
      return box;
    });
    // With scripts: the profile is drawn around the same map box, the picture is marked as the
    // first map seen, and on a phone it stays the map until the reader taps it; MapLibre then
    // replaces it once its view is complete.
    await withPage('/gebied/BU01933000', phone, async ({ page, errors }) => {
      await profileComplete(page);
      assert.equal(await page.locator('#profile-map').getAttribute('data-map-state'), 'still');
      assert.equal(await page.locator('#profile-map .map-first-frame').count(), 1);
      await exploreMap(page, '#profile-map');
      await mapIdle(page, { selector: '#profile-map' });
      const map = await page.locator('#profile-map').boundingBox();
      for (const side of ['x', 'y', 'width', 'height']) assert.ok(Math.abs(map[side] - frame[side]) <= 1, `the map moved: ${side} ${frame[side]} → ${map[side]}`);
      assert.equal(await page.locator('#profile-map .map-first-frame').count(), 0, 'the picture stayed under the interactive map');
      assert.equal(await page.evaluate(() => performance.getEntriesByName('wijkatlas:map-visible').length), 1);
      assert.deepEqual(errors, []);
    });
  });

  test('a profile reflows at 320 px without sideways scrolling', async () => {
    await withPage('/gebied/WK019330', { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await profileComplete(page);
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `the profile scrolls sideways by ${overflow}px at 320px`);
    });
  });

  test('no axe violations on profiles, in Dutch and in English', async () => {
    for (const path of ['/gebied/WK019311', '/gebied/WK019330?taal=en', '/gebied/BU01933000']) {
      await withPage(path, async ({ page }) => {
        await profileComplete(page);
        if (await page.locator('#profile-map').count()) {
          await scrollToMap(page, '#profile-map');
          await mapIdle(page, { selector: '#profile-map' });
        }
        await expectNoAxeViolations(page, `on ${path}`);
      });
    }
  });
});

describe('Find my buurt', { timeout: SUITE_TIMEOUT }, () => {
  test('typing "Holtenbroek" lists the areas; Enter on one opens its profile', async () => {
    await withPage('/', async ({ page }) => {
      await page.getByLabel('Buurtnaam, adres of postcode').fill('Holtenbroek');
      await page.keyboard.press('Enter');
      const first = page.locator('a.search-result').first();
      await first.waitFor();
      assert.match(await page.locator('.search__status').innerText(), /resultaten voor “Holtenbroek”/);
      await first.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/gebied\/(BU|WK)0193/);
      await page.locator('#indicators-heading').waitFor();
    });
  });

  test('an address goes through the Locatieserver stand-in and opens the buurt it lies in', async () => {
    const config = await (await fetch(`${BASE_URL}/api/config`)).json();
    assert.match(config.locatieserverUrl ?? '', /^http:\/\/(localhost|127\.0\.0\.1):\d+/, 'the app must point at the Locatieserver stand-in (BrowserIntegrationTest sets wijkatlas.locatieserver-url)');
    await withPage('/', async ({ page }) => {
      await page.getByLabel('Buurtnaam, adres of postcode').fill('Dobbe 70');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      const place = page.locator('button.search-place').first();
      await place.waitFor();
      assert.match(await place.innerText(), /Dobbe 70/);
      await place.click();
      await page.waitForURL(/\/gebied\/BU01933000#plek=6\.08890,52\.52180$/);
      // The profile says the address lies here and pins it on its map, over the buurt.
      await page.locator('.profile__place').waitFor();
      await scrollToMap(page, '#profile-map');
      await mapIdle(page, { selector: '#profile-map' });
      const pin = page.locator('#profile-map .map-place');
      assert.equal(await pin.getAttribute('aria-label'), 'Het gezochte adres');
      const [pinBox, mapBox] = [await pin.boundingBox(), await page.locator('#profile-map').boundingBox()];
      assert.ok(pinBox.x > mapBox.x && pinBox.x + pinBox.width < mapBox.x + mapBox.width && pinBox.y > mapBox.y && pinBox.y < mapBox.y + mapBox.height, 'the pin is not on the map');
    });
  });

  test('when the Locatieserver is unreachable the box says so and name search still works', async () => {
    await withPage(null, async ({ page }) => {
      // The page asks /api/adressen, which asks the Locatieserver: make that answer 502 as when PDOK is down.
      await page.route('**/api/adressen?**', (route) => route.fulfill({ status: 502, body: '' }));
      await page.goto(`${BASE_URL}/`);
      await page.getByLabel('Buurtnaam, adres of postcode').fill('Holtenbroek 1');
      await page.keyboard.press('Enter');
      await page.locator('.search__unavailable').waitFor();
      assert.match(await page.locator('.search__unavailable').innerText(), /niet bereikbaar/);
      await page.getByLabel('Buurtnaam, adres of postcode').fill('Diezerpoort');
      await page.keyboard.press('Enter');
      await page.locator('a.search-result', { hasText: 'Diezerpoort' }).first().waitFor();
    });
  });

  test('"use my location" opens the buurt at the device position', async () => {
    await withPage('/', { geolocation: { latitude: 52.5218, longitude: 6.0889 }, permissions: ['geolocation'] }, async ({ page }) => {
      await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
      await page.waitForURL(/\/gebied\/BU01933000/);
    });
  });
});

describe('Story', { timeout: SUITE_TIMEOUT }, () => {
  test('opens at chapter 1 with the map idle and a text description; the keyboard reads to the end', async () => {
    await withPage(`/verhaal/${STORY}`, async ({ page, errors }) => {
      await mapIdle(page, { check: (d) => d.storyChapter === '1' });
      await page.waitForFunction(() => /Hoofdstuk 1 van \d+/.test(document.getElementById('map-state')?.textContent ?? ''));
      const total = await page.locator('section.chapter').count();
      assert.ok(total >= 2);
      assert.ok(await page.locator('#map-state[aria-live="polite"]').count());
      await tabTo(page, 'the end of the story', () => document.getElementById('bronnen')?.contains(document.activeElement) ?? false, 600);
      await page.waitForFunction((n) => document.getElementById('map')?.dataset.storyChapter === String(n), total);
      await page.waitForFunction((n) => (document.getElementById('map-state')?.textContent ?? '').startsWith(`Hoofdstuk ${n} van ${n}`), total);
      assert.ok((await page.locator('#bronnen li').count()) > 0, 'the credits list the sources');
      assert.match(page.url(), new RegExp(`#hoofdstuk-${total}$`), 'the URL names the chapter being read');
      assert.match(await page.locator('#lang-switch').getAttribute('href'), new RegExp(`taal=en#hoofdstuk-${total}$`));
      assert.deepEqual(errors, []);
    });
  });

  test('the reader can stop the story and explore; "show chapter" moves the map again', async () => {
    await withPage(`/verhaal/${STORY}#hoofdstuk-2`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.storyChapter === '2' });
      await page.getByRole('button', { name: 'Kaart zelf verkennen' }).click();
      assert.equal(await page.locator('#explore-button').getAttribute('aria-pressed'), 'true');
      await page.locator('#hoofdstuk-3').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(500);
      assert.equal(await page.locator('#map').getAttribute('data-story-chapter'), '2');
      await page.getByRole('button', { name: 'Toon hoofdstuk 3 op de kaart' }).click();
      await mapIdle(page, { check: (d) => d.storyChapter === '3' });
    });
  });

  test('on a phone the map stays in view while reading', async () => {
    await withPage(`/verhaal/${STORY}`, { viewport: { width: 320, height: 640 } }, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.storyChapter === '1' });
      await page.locator('#hoofdstuk-2 h2').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
      const box = await page.locator('#map').boundingBox();
      assert.ok(box.y >= -1 && box.y < 640 && box.height > 100, `map not in view: ${JSON.stringify(box)}`);
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `sideways scrolling by ${overflow}px`);
    });
  });

  test('no axe violations on the story, in Dutch and in English', async () => {
    for (const lang of ['nl', 'en']) {
      await withPage(`/verhaal/${STORY}${lang === 'en' ? '?taal=en' : ''}`, async ({ page }) => {
        await mapIdle(page, { check: (d) => d.storyChapter === '1' });
        await expectNoAxeViolations(page, `on the story (${lang})`);
      });
    }
  });
});

describe('Embed and oEmbed', { timeout: SUITE_TIMEOUT }, () => {
  const embedPath = `/embed/kaart?gebied=WK019330&indicator=${INDICATOR}&periode=2025`;

  test('the map embed shows one area, indicator and period with attribution and an "open in Wijkatlas" link', async () => {
    await withPage(embedPath, async ({ page, errors }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator === 'AantalInwoners_5/2025/WIJK' });
      assert.match(await page.locator('h1').innerText(), /Holtenbroek/);
      assert.match(await page.locator('.embed__summary').innerText(), /Holtenbroek: \d/);
      const open = page.getByRole('link', { name: /Open in Wijkatlas/ });
      assert.match(await open.getAttribute('href'), /gebied=WK019330/);
      assert.match(await page.locator('.embed__attribution').innerText(), /Kadaster/);
      assert.equal(await page.locator('.site-header').isVisible(), false);
      await expectNoAxeViolations(page, 'on the map embed');
      assert.deepEqual(errors, []);
    });
  });

  test('the embed works inside an iframe on another origin; the app itself does not', async () => {
    const server = createServer((request, response) => {
      const src = request.url === '/app' ? `${BASE_URL}/gebied/WK019330` : `${BASE_URL}${embedPath}`;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="nl"><head><title>Krant</title></head><body><main><h1>Artikel</h1><iframe src="${src}" width="640" height="480" title="Kaart"></iframe></main></body></html>`,
      );
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      await withPage(null, async ({ page }) => {
        await page.goto(`${origin}/`);
        const frame = page.frameLocator('iframe');
        await frame.locator('#map[data-map-state="idle"]').waitFor({ timeout: 45_000 });
        assert.match(await frame.locator('h1').innerText(), /Holtenbroek/);
        const csp = (await fetch(`${BASE_URL}/gebied/WK019330`)).headers.get('content-security-policy');
        assert.match(csp, /frame-ancestors 'self'(,|;|$)/);
        // The app itself refuses to be framed elsewhere: its frame stays without the page.
        await page.goto(`${origin}/app`);
        await page.waitForTimeout(1500);
        const appFrame = page.frames().find((f) => f !== page.mainFrame());
        const shown = appFrame
          ? await appFrame
              .locator('#inhoud')
              .count()
              .catch(() => 0)
          : 0;
        assert.equal(shown, 0, `the app was shown in a frame on another site (${appFrame?.url()})`);
      });
    } finally {
      server.close();
    }
  });

  test('a story chapter embed shows the chapter and its map', async () => {
    await withPage(`/embed/verhaal/${STORY}?hoofdstuk=2&taal=en`, async ({ page }) => {
      await mapIdle(page);
      assert.match(await page.locator('#map-state').innerText(), /^Chapter 2 of/);
      assert.ok(await page.getByRole('link', { name: /Open in Wijkatlas/ }).isVisible());
      await expectNoAxeViolations(page, 'on the chapter embed (en)');
    });
  });

  test('every view has an Embed button with the iframe snippet, and pages link their oEmbed', async () => {
    await withPage('/gebied/WK019330', async ({ page }) => {
      const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
      const oembed = await (await fetch(href)).json();
      assert.equal(oembed.type, 'rich');
      assert.equal(oembed.version, '1.0');
      assert.match(oembed.html, /<iframe src="[^"]+\/embed\/kaart\?gebied=WK019330"/);
      await page.getByRole('button', { name: 'Insluiten' }).click();
      const snippet = await page.locator('textarea.embed-code').inputValue();
      assert.match(snippet, /^<iframe src="http[^"]+\/embed\/kaart\?gebied=WK019330/);
      assert.equal((await fetch(`${BASE_URL}/oembed?url=${encodeURIComponent(`${BASE_URL}/`)}&format=xml`)).status, 501);
      assert.equal((await fetch(`${BASE_URL}/oembed?url=${encodeURIComponent('https://example.org/')}`)).status, 404);
    });
  });
});
