// Browser tests of embeds in someone else's page: the oEmbed snippet (iframe + host script) on a
// page of another origin grows to its content so the legend, the sources and "Open in Wijkatlas"
// are inside the visible frame, on a desktop and a phone; oEmbed's height is within 10 % of the
// rendered height; the snippet from the Insluiten panel fits its content even without the script.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { BASE_URL, expectNoAxeViolations, mapIdle, useBrowser, withPage } from './helpers.mjs';

let host;
let hostOrigin;
const pages = new Map();

useBrowser();
before(async () => {
  host = createServer((request, response) => {
    const body = pages.get(request.url);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${host.address().port}`;
});
after(() => host?.close());

function article(snippet) {
  return `<!doctype html><html lang="nl"><head><meta name="viewport" content="width=device-width"><title>Krant</title></head><body style="margin:0"><main style="max-width:720px;margin:0 auto;padding:16px"><h1>Artikel</h1><p>Tekst.</p>${snippet}<p>Meer tekst.</p></main></body></html>`;
}

async function oembed(pageUrl) {
  const response = await fetch(`${BASE_URL}/oembed?url=${encodeURIComponent(`${BASE_URL}${pageUrl}`)}`);
  assert.equal(response.status, 200, `oEmbed for ${pageUrl}`);
  return response.json();
}

/** Waits until the iframe's height has stopped changing and returns it with the frame's content boxes. */
async function settledFrame(page) {
  const frame = page.frameLocator('iframe');
  await frame.locator('#map[data-map-state="idle"]').waitFor({ timeout: 45_000 });
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const height = (await page.locator('iframe').boundingBox()).height;
    if (height === last) break;
    last = height;
    await page.waitForTimeout(300);
  }
  const box = await page.locator('iframe').boundingBox();
  const attribution = await frame.locator('.embed__attribution').boundingBox();
  const open = await frame.locator('.embed__open').boundingBox();
  const legend = await frame.locator('.embed__legend').boundingBox();
  const content = await frame.locator('main > .embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height + 16));
  return { box, attribution, open, legend, content };
}

function inside(inner, outer, label) {
  assert.ok(inner, `${label} is not rendered`);
  assert.ok(
    inner.y >= outer.y - 1 && inner.y + inner.height <= outer.y + outer.height + 1,
    `${label} (${inner.y}–${inner.y + inner.height}) is outside the frame (${outer.y}–${outer.y + outer.height})`,
  );
}

describe('Embeds in an article', { timeout: 240_000 }, () => {
  for (const [name, pageUrl] of [
    ['an area profile with figures', '/gebied/WK019330?indicator=AantalInwoners_5'],
    ['a story chapter', '/verhaal/van-getallen-naar-vergezichten#hoofdstuk-2'],
  ]) {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      test(`${name} grows to its content on another origin at ${viewport.width} px, legend and sources inside the frame`, async () => {
        const data = await oembed(pageUrl);
        const path = `/${name.replace(/\W+/g, '-')}-${viewport.width}`;
        pages.set(path, article(data.html));
        await withPage(null, { viewport }, async ({ page }) => {
          await page.goto(`${hostOrigin}${path}`);
          const shown = await settledFrame(page);
          inside(shown.attribution, shown.box, 'the attribution');
          inside(shown.open, shown.box, '"Open in Wijkatlas"');
          inside(shown.legend, shown.box, 'the legend');
          assert.ok(Math.abs(shown.box.height - shown.content) <= 2, `the frame (${shown.box.height}) fits the content (${shown.content})`);
          if (viewport.width >= 640 + 32) {
            // At the width oEmbed was asked for, its height is the rendered height within 10 %.
            assert.equal(Math.round(shown.box.width), data.width);
            const off = Math.abs(data.height - shown.box.height) / shown.box.height;
            assert.ok(off <= 0.1, `oEmbed height ${data.height} is ${Math.round(off * 100)} % off the rendered ${shown.box.height}`);
          }
        });
      });
    }
  }

  // Every kind of embed, in both languages, read as a page of its own: no WCAG violations, and the
  // page speaks one language.
  for (const path of [
    '/embed/kaart?gebied=WK019330&indicator=AantalInwoners_5&periode=2025',
    '/embed/verhaal/van-getallen-naar-vergezichten?hoofdstuk=3',
    '/embed/vergelijk?gebieden=WK019330,WK019311',
  ]) {
    for (const lang of ['nl', 'en']) {
      test(`${path.split('?')[0]} (${lang}) has no axe violations`, async () => {
        await withPage(`${path}&taal=${lang}`, async ({ page }) => {
          if (!path.includes('vergelijk')) await mapIdle(page);
          else await page.waitForSelector('.compare table');
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          await expectNoAxeViolations(page, `on ${path} (${lang})`);
        });
      });
    }
  }

  test('the Insluiten snippet pins the period and fits its content at its width even without the host script', async () => {
    const snippet = await withPage('/?niveau=wijk&indicator=AantalInwoners_5', async ({ page }) => {
      await page.getByRole('button', { name: 'Insluiten' }).first().click();
      await page.waitForFunction(() => document.querySelector('textarea.embed-code')?.dataset.measured === 'true', null, { timeout: 60_000 });
      return page.locator('textarea.embed-code').first().inputValue();
    });
    assert.match(snippet, /periode=\d{4}/, 'the period is pinned');
    assert.match(snippet, /<script src="[^"]+\/embed-host\.js" async><\/script>$/);
    const iframe = snippet.split('\n')[0];
    const height = Number(/height="(\d+)"/.exec(iframe)[1]);
    pages.set('/no-script', article(iframe));
    await withPage(null, { viewport: { width: 1280, height: 900 } }, async ({ page: hostPage }) => {
      await hostPage.goto(`${hostOrigin}/no-script`);
      const shown = await settledFrame(hostPage);
      assert.equal(shown.box.height, height, 'without the script the frame keeps the snippet height');
      assert.ok(shown.content <= height + 2, `content ${shown.content} px does not fit the snippet's ${height} px`);
      inside(shown.attribution, shown.box, 'the attribution');
    });
  });

  test('oEmbed answers 404 for an unknown area, indicator or story', async () => {
    for (const url of ['/gebied/XX123', '/gebied/WK019330?indicator=geen_indicator', '/verhaal/geen-verhaal']) {
      const response = await fetch(`${BASE_URL}/oembed?url=${encodeURIComponent(`${BASE_URL}${url}`)}`);
      assert.equal(response.status, 404, url);
    }
  });
});
