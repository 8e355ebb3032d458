// The atlas for wijkmanagers (issue 12): it opens on a meaningful indicator, the legend's classes
// do not share a boundary and carry the unit, the selected area's panel gives value, rank and the
// city, and on a touch screen one finger scrolls the page while two move the map.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launch, mapIdle, openPage } from './helpers.mjs';

const TIMEOUT = 120_000;
const INHABITANTS = 'AantalInwoners_5';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function graphql(query, variables = {}) {
  const response = await fetch(`${BASE_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

describe('the atlas for wijkmanagers', { timeout: TIMEOUT }, () => {
  for (const gemeente of ['GM0193', 'GM1771']) {
    test(`opens on inhabitants, not on "geen indicator" (${gemeente})`, async () => {
      const { page, context, errors } = await openPage(browser, `/?gemeente=${gemeente}&niveau=wijk`);
      try {
        const state = await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
        assert.match(state.mapIndicator, /\/WIJK$/);
        assert.equal(await page.locator('#indicator-select').inputValue(), INHABITANTS);
        assert.equal(new URL(page.url()).searchParams.get('indicator'), INHABITANTS);
        assert.ok(await page.locator('#legend .legend__row').count(), 'no legend');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('"geen indicator" is kept in the URL: a reload shows the plain map', async () => {
    const { page, context } = await openPage(browser, '/?niveau=wijk');
    try {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
      await page.locator('#indicator-select').selectOption('');
      await page.waitForURL(/indicator=geen/);
      await page.reload();
      await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' && d.mapIndicator === '' });
      assert.equal(await page.locator('#indicator-select').inputValue(), '');
      assert.equal(await page.locator('#legend .legend__row').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('legend classes do not share a boundary: every class but the last is half-open', async () => {
    const { page, context } = await openPage(browser, `/?niveau=wijk&indicator=${INHABITANTS}`);
    try {
      await mapIdle(page, { check: (d) => d.mapIndicator.startsWith(`${INHABITANTS}/`) });
      const labels = await page.locator('#legend .legend__row:not(:has(.legend__swatch--nodata)):not(:has(.legend__swatch--few)) .legend__label').allInnerTexts();
      assert.ok(labels.length >= 2, `too few classes: ${labels}`);
      for (const label of labels.slice(0, -1)) assert.match(label, /^[\d.]+ – < [\d.]+$/, `class "${label}" is not half-open`);
      assert.match(labels.at(-1), /^[\d.]+ – [\d.]+$/);
      // The excluded upper bound of a class is the lower bound of the next: no value in two classes.
      for (let i = 0; i < labels.length - 1; i++) assert.equal(labels[i].split(' – < ')[1], labels[i + 1].split(' – ')[0]);
    } finally {
      await context.close();
    }
  });

  test('units in the tooltip and every legend class, for an indicator whose unit the number does not show', async () => {
    // An indicator with wijk figures whose unit is a word ("€ × 1000", "per 1000 inwoners"), not %, ha or a count.
    const { indicators } = await graphql('{ indicators(first: 1000) { edges { node { code unit valueKind periods } } } }');
    const unsaid = /^(aantal|rapportcijfer|categorie|cijfer|index|%|ha|km²|euro|€)$/i;
    let found = null;
    for (const { node } of indicators.edges) {
      if (found || node.valueKind !== 'NUMBER' || !node.unit || unsaid.test(node.unit) || /^(aantal|rapportcijfer)/i.test(node.unit)) continue;
      for (const period of [...node.periods].reverse()) {
        const { indicator } = await graphql('query($c: ID!, $p: String!) { indicator(code: $c) { values(period: $p, level: WIJK, gemeente: "GM0193") { area { code } status value } } }', { c: node.code, p: period });
        const present = indicator.values.filter((v) => v.status === 'PRESENT' && typeof v.value === 'number');
        if (present.length >= 3) {
          found = { code: node.code, unit: node.unit, period, area: present[0].area.code };
          break;
        }
      }
    }
    assert.ok(found, 'no indicator with a worded unit and wijk figures to test with');
    const { page, context } = await openPage(browser, `/?niveau=wijk&indicator=${found.code}&periode=${found.period}`);
    try {
      await mapIdle(page, { check: (d) => d.mapIndicator === `${found.code}/${found.period}/WIJK` });
      const labels = await page.locator('#legend .legend__row:not(:has(.legend__swatch--nodata)):not(:has(.legend__swatch--few)) .legend__label').allInnerTexts();
      assert.ok(labels.length, 'no legend classes');
      for (const label of labels) assert.ok(label.includes(found.unit), `legend class "${label}" has no unit ${found.unit}`);
      const { area } = await graphql('query($c: ID!) { area(code: $c) { labelPoint { lon lat } } }', { c: found.area });
      const box = await page.locator('#map').boundingBox();
      const point = await page.evaluate(([x, y]) => window.wijkatlasMap.project([x, y]), [area.labelPoint.lon, area.labelPoint.lat]);
      await page.mouse.move(box.x + point.x, box.y + point.y);
      const tooltip = page.locator('.area-tooltip');
      await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
      assert.ok((await tooltip.innerText()).includes(found.unit), `tooltip "${await tooltip.innerText()}" has no unit ${found.unit}`);
    } finally {
      await context.close();
    }
  });

  for (const lang of ['nl', 'en']) {
    test(`the selected area's panel gives the value, its rank and the city (${lang})`, async () => {
      const { page, context, errors } = await openPage(browser, `/?niveau=wijk&gebied=WK019330&indicator=${INHABITANTS}${lang === 'en' ? '&taal=en' : ''}`);
      try {
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
      } finally {
        await context.close();
      }
    });
  }
});

describe('the map on a phone', { timeout: TIMEOUT }, () => {
  test('one finger scrolls the page, two move the map (cooperative gestures); a mouse keeps its gestures', async () => {
    const phone = await openPage(browser, '/?niveau=wijk', PHONE);
    try {
      await mapIdle(phone.page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.equal(await phone.page.evaluate(() => window.wijkatlasMap.cooperativeGestures.isEnabled()), true);
    } finally {
      await phone.context.close();
    }
    const desktop = await openPage(browser, '/?niveau=wijk', { viewport: { width: 1440, height: 900 } });
    try {
      await mapIdle(desktop.page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.equal(await desktop.page.evaluate(() => window.wijkatlasMap.cooperativeGestures.isEnabled()), false);
    } finally {
      await desktop.context.close();
    }
  });
});
