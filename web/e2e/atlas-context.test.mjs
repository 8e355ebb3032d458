// The atlas for wijkmanagers (issue 12): it opens on a meaningful indicator, the legend's classes
// do not share a boundary and carry the unit, the selected area's panel gives value, rank and the
// city, and on a touch screen one finger scrolls the page while two move the map.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, expectNoAxeViolations, exploreMap, graphql, hoverArea, mapIdle, SUITE_TIMEOUT, useBrowser, withPage } from './helpers.mjs';

const INHABITANTS = 'AantalInwoners_5';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

useBrowser();

describe('the atlas for wijkmanagers', { timeout: SUITE_TIMEOUT }, () => {
  for (const gemeente of ['GM0193', 'GM1771']) {
    test(`opens on inhabitants, not on "geen indicator" (${gemeente})`, async () => {
      await withPage(`/?gemeente=${gemeente}&niveau=wijk`, async ({ page, errors }) => {
        const state = await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
        assert.match(state.mapIndicator, /\/WIJK$/);
        assert.equal(await page.locator('#indicator-select').inputValue(), INHABITANTS);
        assert.equal(new URL(page.url()).searchParams.get('indicator'), INHABITANTS);
        assert.ok(await page.locator('#legend .legend__row').count(), 'no legend');
        assert.deepEqual(errors, []);
      });
    });
  }

  test('"geen indicator" is kept in the URL: a reload shows the plain map', async () => {
    await withPage('/?niveau=wijk', async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
      await page.locator('#indicator-select').selectOption('');
      await page.waitForURL(/indicator=geen/);
      await page.reload();
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.mapIndicator === '' });
      assert.equal(await page.locator('#indicator-select').inputValue(), '');
      assert.equal(await page.locator('#legend .legend__row').count(), 0);
    });
  });

  test('legend classes do not share a boundary: every class but the last is half-open', async () => {
    await withPage(`/?niveau=wijk&indicator=${INHABITANTS}`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
      const labels = await page.locator('#legend .legend__row:not(:has(.legend__swatch--nodata)):not(:has(.legend__swatch--few)) .legend__label').allInnerTexts();
      assert.ok(labels.length >= 2, `too few classes: ${labels}`);
      for (const label of labels.slice(0, -1)) assert.match(label, /^[\d.]+ – < [\d.]+$/, `class "${label}" is not half-open`);
      assert.match(labels.at(-1), /^[\d.]+ – [\d.]+$/);
      // The excluded upper bound of a class is the lower bound of the next: no value in two classes.
      for (let i = 0; i < labels.length - 1; i++) assert.equal(labels[i].split(' – < ')[1], labels[i + 1].split(' – ')[0]);
    });
  });

  test('units in the tooltip and every legend class, for an indicator whose unit the number does not show', async () => {
    // An indicator with wijk figures whose unit is a word ("€ × 1000", "per 1000 inwoners"), not %, ha or a count.
    const { indicators } = await graphql('{ indicators(first: 1000) { edges { node { code unit valueKind periods } } } }');
    const unsaid = /^(aantal|rapportcijfer|categorie|cijfer|index|%|ha|km²|euro|€)$/i;
    let found = null;
    for (const { node } of indicators.edges) {
      if (found || node.valueKind !== 'NUMBER' || !node.unit || unsaid.test(node.unit) || /^(aantal|rapportcijfer)/i.test(node.unit)) continue;
      for (const period of [...node.periods].reverse()) {
        const { indicator } = await graphql('query($c: ID!, $p: String!) { indicator(code: $c) { values(period: $p, level: WIJK, gemeente: "GM0193") { area { code } status value } } }', {
          c: node.code,
          p: period,
        });
        const present = indicator.values.filter((v) => v.status === 'PRESENT' && typeof v.value === 'number');
        if (present.length >= 3) {
          found = { code: node.code, unit: node.unit, period, area: present[0].area.code };
          break;
        }
      }
    }
    assert.ok(found, 'no indicator with a worded unit and wijk figures to test with');
    await withPage(`/?niveau=wijk&indicator=${found.code}&periode=${found.period}`, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator === `${found.code}/${found.period}/WIJK` });
      const labels = await page.locator('#legend .legend__row:not(:has(.legend__swatch--nodata)):not(:has(.legend__swatch--few)) .legend__label').allInnerTexts();
      assert.ok(labels.length, 'no legend classes');
      // The page writes "km2" as "km²".
      const unit = found.unit.replace(/\bkm2\b/g, 'km²');
      for (const label of labels) assert.ok(label.includes(unit), `legend class "${label}" has no unit ${unit}`);
      const { tooltip } = await hoverArea(page, found.area);
      assert.ok((await tooltip.innerText()).includes(unit), `tooltip "${await tooltip.innerText()}" has no unit ${unit}`);
    });
  });

  for (const lang of ['nl', 'en']) {
    test(`the selected area's panel gives the value, its rank and the city (${lang})`, async () => {
      await withPage(`/?niveau=wijk&gebied=WK019330&indicator=${INHABITANTS}${lang === 'en' ? '&taal=en' : ''}`, async ({ page, errors }) => {
        await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
        const figure = page.locator('#details-body .details__figure');
        await figure.waitFor();
        assert.match(await figure.innerText(), /\d/);
        const rank = await page.locator('#details-body .details__rank').innerText();
        const [, position, count] = rank.match(lang === 'en' ? /^rank (\d+) of (\d+)/ : /^plaats (\d+) van (\d+)/) ?? [];
        assert.ok(position && Number(position) <= Number(count), `rank "${rank}"`);
        assert.match(await page.locator('#details-body .details__city').innerText(), lang === 'en' ? /Municipality of Zwolle in total: [\d,]+/ : /Gemeente Zwolle in totaal: [\d.]+/);
        await expectNoAxeViolations(page, `on the atlas with a selected area (${lang})`);
        assert.deepEqual(errors, []);
      });
    });
  }
});

describe('the map on a phone', { timeout: SUITE_TIMEOUT }, () => {
  test('one finger scrolls the page, two move the map (cooperative gestures); a mouse keeps its gestures', async () => {
    await withPage('/?niveau=wijk', PHONE, async ({ page }) => {
      // On a phone the map is a picture until the reader taps it (map-lazy.js).
      await exploreMap(page);
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.equal(await page.evaluate(() => window.wijkatlasMap.cooperativeGestures.isEnabled()), true);
    });
    await withPage('/?niveau=wijk', { viewport: { width: 1440, height: 900 } }, async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.equal(await page.evaluate(() => window.wijkatlasMap.cooperativeGestures.isEnabled()), false);
    });
  });
});

describe('map context: a basemap and the names of the areas', { timeout: SUITE_TIMEOUT }, () => {
  test('the basemap from the configured tiles lies under the areas, credited on the map', async () => {
    const config = await (await fetch(`${BASE_URL}/api/config`)).json();
    assert.ok(config.basemap?.tiles, 'the app has no basemap configured');
    const tileHost = new URL(config.basemap.tiles.replace(/[{}]/g, '')).host;
    await withPage('/?niveau=wijk', async ({ page, errors }) => {
      const tiles = [];
      page.on('requestfinished', (request) => new URL(request.url()).host === tileHost && tiles.push(request.url()));
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.basemap === 'on' });
      assert.ok(tiles.length > 0, 'no basemap tile was fetched');
      assert.match(await page.locator('#map .maplibregl-ctrl-attrib').innerText(), new RegExp(config.basemap.attribution.replace(/[()]/g, '\\$&')));
      assert.equal(await page.locator('#notice').isVisible(), false);
      assert.deepEqual(errors, []);
    });
  });

  for (const [how, handle] of [
    ['refused', (route) => route.abort('internetdisconnected')],
    // A firewall that drops packets: the requests never answer, and the map must not wait for them.
    ['unanswered', () => {}],
  ]) {
    test(`without a reachable basemap (${how}) the map carries on with the areas and says so`, async () => {
      const config = await (await fetch(`${BASE_URL}/api/config`)).json();
      const tileHost = new URL(config.basemap.tiles.replace(/[{}]/g, '')).host;
      await withPage(null, async ({ page, errors }) => {
        await page.route((url) => url.host === tileHost, handle);
        await page.goto(`${BASE_URL}/?niveau=wijk`);
        await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.renderedAreas === '16' && d.basemap === 'failed' });
        await page.locator('#notice').waitFor({ state: 'visible' });
        assert.match(await page.locator('#notice').innerText(), /achtergrondkaart kon niet worden geladen/);
        assert.ok(await page.locator('#map .map-label').count(), 'the area names went with the basemap');
        assert.deepEqual(errors, []);
      });
    });
  }

  for (const [label, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', PHONE.viewport],
  ]) {
    test(`the wijken carry their names, none overlapping another (${label})`, async () => {
      await withPage('/?niveau=wijk', { viewport }, async ({ page }) => {
        if (label === 'phone') await exploreMap(page);
        await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
        const boxes = [];
        for (const item of await page.locator('#map .map-label').all()) {
          if (!(await item.isVisible())) continue;
          boxes.push({ text: await item.innerText(), box: await item.boundingBox() });
        }
        assert.ok(boxes.length >= (label === 'phone' ? 4 : 8), `only ${boxes.length} names on the map: ${boxes.map((b) => b.text)}`);
        if (label === 'desktop')
          assert.ok(
            boxes.some((b) => b.text === 'Holtenbroek'),
            `Holtenbroek is not named: ${boxes.map((b) => b.text)}`,
          );
        const map = await page.locator('#map').boundingBox();
        for (const [i, a] of boxes.entries()) {
          assert.ok(a.box.x >= map.x && a.box.x + a.box.width <= map.x + map.width, `${a.text} sticks out of the map`);
          for (const b of boxes.slice(i + 1)) {
            const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
            assert.ok(apart, `${a.text} and ${b.text} overlap`);
          }
        }
        // Zoomed in on one buurt, its name stays on the map.
        await page.goto(`${BASE_URL}/?niveau=buurt&gebied=BU01933000`);
        if (label === 'phone') await exploreMap(page);
        await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' });
        const selected = page.locator('#map .map-label[data-code="BU01933000"]');
        assert.equal(await selected.isVisible(), true, 'the selected buurt is not named on the map');
      });
    });
  }
});

describe('the indicator picker per level', { timeout: SUITE_TIMEOUT }, () => {
  test('offers only indicators with figures at the level, each with how many areas have one', async () => {
    const { indicators } = await graphql('{ indicators(first: 1000) { edges { node { code coverage(gemeente: "GM0193") { level period areasWithFigure areas } } } } }');
    const withFigures = (level) => indicators.edges.filter(({ node }) => node.coverage.some((c) => c.level === level && c.areasWithFigure > 0)).map(({ node }) => node.code);
    await withPage('/?niveau=wijk', async ({ page }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
      const offered = (await page.locator('#indicator-select option').evaluateAll((os) => os.map((o) => o.value))).filter(Boolean);
      assert.deepEqual([...offered].sort(), withFigures('WIJK').sort());
      assert.ok(offered.length < indicators.edges.length, 'the picker offers every indicator');
      assert.match(await page.locator(`#indicator-select option[value="${INHABITANTS}"]`).innerText(), /– \d+ van 16 wijken$/);
    });
  });

  test('an indicator without figures at the level draws the plain map and says why (nl, en)', async () => {
    for (const lang of ['nl', 'en']) {
      await withPage(`/?niveau=buurt&indicator=${INHABITANTS}${lang === 'en' ? '&taal=en' : ''}`, async ({ page }) => {
        await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' });
        await page.locator('#legend .legend__none').waitFor();
        assert.equal(await page.locator('#map').evaluate((m) => m.dataset.mapIndicator), '');
        assert.match(await page.locator('#legend').innerText(), lang === 'en' ? /no figures of .* per buurt in Zwolle/ : /geen cijfers per buurt in Zwolle/);
        assert.match(await page.locator(`#indicator-select option[value="${INHABITANTS}"]`).innerText(), lang === 'en' ? /no figures per buurt$/ : /geen cijfers per buurt$/);
        assert.equal(await page.locator('#period-select').isDisabled(), true);
      });
    }
  });
});
