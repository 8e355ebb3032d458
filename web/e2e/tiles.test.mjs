// Browser tests that the map draws its areas from the server's vector tiles
// (GET /tiles/{layer}/{z}/{x}/{y}.mvt) and no longer loads area geometry as GeoJSON, and that the
// choropleth, "geen gegevens" and the selection still reach the tiled areas (as feature-state).
//   WIJKATLAS_BASE_URL=http://localhost:8091 npm run e2e
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, graphql, mapIdle, scrollToMap, SUITE_TIMEOUT, useBrowser, withPage } from './helpers.mjs';

const TILE = /\/tiles\/(gemeenten|stadsdelen|wijken|buurten|gebieden)\/(\d+)\/(\d+)\/(\d+)\.mvt(\?.*)?$/;

useBrowser();

/** Records the page's requests: tile URLs with their answers, GraphQL bodies, everything else. */
function recordRequests(page) {
  const seen = { tiles: [], graphql: [], other: [], failed: [] };
  page.on('requestfinished', async (request) => {
    const url = request.url();
    if (TILE.test(url)) {
      const response = await request.response();
      seen.tiles.push({ url, status: response?.status() });
    } else if (url.endsWith('/graphql')) seen.graphql.push(request.postData() ?? '');
    else seen.other.push(url);
  });
  page.on('requestfailed', (request) => {
    // MapLibre cancels tiles it no longer needs while the camera moves; anything else is a failure.
    if (!(TILE.test(request.url()) && /abort|cancel/i.test(request.failure()?.errorText ?? ''))) seen.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  return seen;
}

/**
 * Runs `body` on a fresh page (withPage) of `path` whose requests are recorded from the first one
 * on, as `seen` (recordRequests); `prepare(page)`, if given, runs before the page loads, e.g. to add routes.
 */
function withRecordedPage(path, { prepare = async () => {} }, body) {
  return withPage(null, async (opened) => {
    await prepare(opened.page);
    const seen = recordRequests(opened.page);
    await opened.page.goto(`${BASE_URL}${path}`);
    return body({ ...opened, seen });
  });
}

function tilesOf(seen, layer) {
  return seen.tiles.map((t) => ({ ...t, match: TILE.exec(t.url) })).filter((t) => t.match[1] === layer);
}

/** The colour [r, g, b, a] the map draws at a WGS84 point, read from the WebGL canvas right after a frame. */
function mapPixel(page, { lon, lat }) {
  return page.evaluate(
    ([x, y]) =>
      new Promise((resolve) => {
        const map = window.wijkatlasMap;
        const canvas = map.getCanvas();
        const point = map.project([x, y]);
        map.once('render', () => {
          const ratio = canvas.width / canvas.clientWidth;
          const probe = document.createElement('canvas');
          probe.width = 1;
          probe.height = 1;
          const context = probe.getContext('2d');
          context.drawImage(canvas, Math.round(point.x * ratio), Math.round(point.y * ratio), 1, 1, 0, 0, 1, 1);
          resolve([...context.getImageData(0, 0, 1, 1).data]);
        });
        map.triggerRepaint();
      }),
    [lon, lat],
  );
}

const isGrey = ([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) <= 8;

function featureState(page, layer, code) {
  return page.evaluate(([sourceLayer, id]) => window.wijkatlasMap.getFeatureState({ source: 'areas', sourceLayer, id }), [layer, code]);
}

describe('Map from vector tiles', { timeout: SUITE_TIMEOUT }, () => {
  test('the atlas draws wijken and buurten from /tiles, cacheable and without GeoJSON', async () => {
    await withRecordedPage('/?niveau=wijk', {}, async ({ page, errors, seen }) => {
      const wijken = await mapIdle(page, { check: (d) => d.mapLevel === 'WIJK' });
      assert.equal(wijken.renderedAreas, '16');
      const wijkTiles = tilesOf(seen, 'wijken');
      assert.ok(wijkTiles.length > 0, `no wijken tiles requested; tiles: ${JSON.stringify(seen.tiles)}`);
      assert.ok(
        wijkTiles.some((t) => t.status === 200),
        'no wijken tile answered 200',
      );
      assert.ok(
        wijkTiles.every((t) => t.status === 200 || t.status === 204 || t.status === 304),
        JSON.stringify(wijkTiles),
      );
      assert.ok(
        seen.tiles.every((t) => !t.match?.[5] && !t.url.includes('?')),
        'tile URLs carry no query: one cacheable set per level',
      );
      assert.deepEqual(tilesOf(seen, 'buurten'), [], 'buurten tiles before the buurten were asked for');

      await page.getByLabel('Buurten').check();
      const buurten = await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' });
      assert.equal(buurten.renderedAreas, '78');
      const buurtTiles = tilesOf(seen, 'buurten');
      assert.ok(buurtTiles.length > 0, 'no buurten tiles requested');
      assert.ok(
        buurtTiles.every((t) => Number(t.match[2]) >= 9),
        `buurten asked below z9: ${buurtTiles.map((t) => t.url)}`,
      );

      // The list, details and bboxes still come from GraphQL, but no geometry does, and no per-level GeoJSON.
      assert.ok(seen.graphql.length > 0);
      assert.ok(
        seen.graphql.every((body) => !/geometry/.test(body)),
        'a GraphQL request still asks for geometry',
      );
      assert.deepEqual(
        seen.other.filter((url) => /\.geojson|\/data\/areas|\/ogc\//.test(url)),
        [],
      );
      assert.deepEqual(seen.failed, []);
      assert.deepEqual(errors, []);
    });
  });

  test('a selected area is marked on the tiles by its code and the map fits it', async () => {
    // indicator=geen: the plain map, so the buurt's state is its selection alone.
    await withPage('/?niveau=buurt&gebied=BU01933000&indicator=geen', async ({ page, errors }) => {
      await mapIdle(page, { check: (d) => d.mapLevel === 'BUURT' });
      assert.deepEqual(await featureState(page, 'buurten', 'BU01933000'), { selected: true });
      const { area } = await graphql('{ area(code: "BU01933000") { bbox labelPoint { lon lat } } }');
      const [west, south, east, north] = area.bbox;
      const view = await page.evaluate(() => window.wijkatlasMap.getBounds().toArray());
      assert.ok(view[0][0] <= west && view[0][1] <= south && view[1][0] >= east && view[1][1] >= north, `the view ${view} does not hold the buurt ${area.bbox}`);
      assert.ok((await page.evaluate(() => window.wijkatlasMap.getZoom())) > 12, 'the map did not zoom in to the buurt');
      // The outline of the selected buurt is drawn from the tiles at its zoom.
      const features = await page.evaluate(() =>
        window.wijkatlasMap
          .queryRenderedFeatures({ layers: ['areas-fill'] })
          .filter((f) => f.properties.code === 'BU01933000')
          .map((f) => ({ id: f.id, layer: f.sourceLayer, level: f.properties.level })),
      );
      assert.ok(features.length > 0, 'Holtenbroek IV is not on the map');
      assert.deepEqual(features[0], { id: 'BU01933000', layer: 'buurten', level: 'BUURT' });
      assert.deepEqual(errors, []);
    });
  });

  test("a profile's locator map draws the area among its neighbours from the tiles, selected", async () => {
    // The bundled initiatives have no location yet: give the first one of Holtenbroek the wijk's label point.
    const { area } = await graphql('{ area(code: "WK019330") { labelPoint { lon lat } } }');
    const placeInitiative = (page) =>
      page.route('**/graphql', async (route) => {
        if (!/ProfileInitiatives/.test(route.request().postData() ?? '')) return route.continue();
        const response = await route.fetch();
        const body = await response.json();
        const initiatives = body.data?.area?.initiatives ?? [];
        assert.ok(initiatives.length > 0, 'Holtenbroek has no initiatives to place');
        initiatives[0].location = area.labelPoint;
        return route.fulfill({ response, json: body });
      });
    await withRecordedPage('/gebied/WK019330', { prepare: placeInitiative }, async ({ page, errors, seen }) => {
      await scrollToMap(page, '#profile-map');
      const state = await mapIdle(page, { selector: '#profile-map', check: (d) => d.mapLevel === 'WIJK' });
      assert.ok(Number(state.renderedAreas) > 1, 'the locator map should show the wijken around Holtenbroek');
      assert.equal(await page.locator('#profile-map .map-label[data-code="WK019330"]').isVisible(), true, 'Holtenbroek is not named on its map');
      assert.ok(tilesOf(seen, 'wijken').length > 0, 'the small map asked no wijken tiles');
      assert.ok(
        seen.graphql.every((body) => !/geometry/.test(body)),
        'the profile still asks for geometry',
      );
      assert.deepEqual(errors, []);
    });
  });

  test('the choropleth colours the tiled areas from the table figures; missing figures are grey and hatched, never a class', async () => {
    // An indicator and period with wijk figures both present and missing.
    const { indicators } = await graphql('{ indicators(first: 500) { edges { node { code periods valueKind } } } }');
    let found = null;
    for (const { node } of indicators.edges) {
      if (node.valueKind === 'CATEGORY') continue;
      for (const period of node.periods) {
        const { indicator } = await graphql('query($c: ID!, $p: String!) { indicator(code: $c) { values(period: $p, level: WIJK) { area { code } status value } } }', { c: node.code, p: period });
        const present = indicator.values.find((v) => v.status === 'PRESENT' && typeof v.value === 'number');
        const missing = indicator.values.find((v) => v.status !== 'PRESENT');
        if (present && missing) found = { code: node.code, period, present: present.area.code, missing: missing.area.code };
        if (found) break;
      }
      if (found) break;
    }
    assert.ok(found, 'no indicator with a missing wijk figure to test with');
    await withRecordedPage(`/?niveau=wijk&indicator=${found.code}&periode=${found.period}`, {}, async ({ page, errors, seen }) => {
      await mapIdle(page, { check: (d) => d.mapIndicator === `${found.code}/${found.period}/WIJK` });
      const present = await featureState(page, 'wijken', found.present);
      const missing = await featureState(page, 'wijken', found.missing);
      assert.match(String(present.fill), /^#[0-9a-f]{6}$/i, `the present figure has no class colour: ${JSON.stringify(present)}`);
      assert.equal(missing.fill ?? null, null, `the missing figure got a class colour: ${JSON.stringify(missing)}`);
      const swatches = await page.locator('#legend .legend__swatch:not(.legend__swatch--nodata)').evaluateAll((list) => list.map((s) => s.getAttribute('style')));
      assert.ok(
        swatches.some((style) => style.toLowerCase().includes(present.fill.toLowerCase())),
        `${present.fill} is not a legend colour: ${swatches}`,
      );

      // What the map really draws at each wijk's label point: a class colour, and grey hatch for "geen gegevens".
      const { a, b } = await graphql('query($p: ID!, $m: ID!) { a: area(code: $p) { labelPoint { lon lat } } b: area(code: $m) { labelPoint { lon lat } } }', { p: found.present, m: found.missing });
      const presentPixel = await mapPixel(page, a.labelPoint);
      const missingPixel = await mapPixel(page, b.labelPoint);
      assert.ok(!isGrey(presentPixel), `the wijk with a figure is drawn grey: ${presentPixel}`);
      assert.ok(isGrey(missingPixel), `the wijk without a figure is not drawn grey: ${missingPixel}`);

      // The figures reach the map as feature-state: the tiles are the plain, cacheable ones.
      assert.ok(tilesOf(seen, 'wijken').length > 0);
      assert.ok(
        seen.tiles.every((t) => !t.url.includes('?')),
        'tiles were asked with an indicator',
      );

      // Switching the indicator off gives the plain map again.
      await page.locator('#indicator-select').selectOption('');
      await mapIdle(page, { check: (d) => d.mapIndicator === '' });
      assert.deepEqual((await featureState(page, 'wijken', found.present)) ?? {}, {});
      assert.deepEqual(errors, []);
    });
  });
});
