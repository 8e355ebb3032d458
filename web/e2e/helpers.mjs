// Shared helpers of the browser tests: the browser, pages, waiting for the map, axe.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.WIJKATLAS_BASE_URL ?? '').replace(/\/+$/, '');
const CHROMIUM = process.env.WIJKATLAS_CHROMIUM || '/usr/bin/chromium';
/**
 * The time a describe block's tests may take together: a guard against a hang, not a budget (on a
 * 2-core machine that is busy with other builds, ten map tests take well over 90 s).
 */
export const SUITE_TIMEOUT = 300_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Chromium's switches for every run, shared with the runner that starts one Chromium for all files (run.mjs). */
export const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
};

/**
 * Checks that the app answers, then connects to the Chromium that `npm run e2e` (run.mjs) shares
 * between the test files, or launches one of its own when a file runs alone (`node --test e2e/x.test.mjs`):
 * starting Chromium costs seconds of CPU, once instead of once per file. Fails (never skips) when
 * the app does not answer.
 */
export async function launch() {
  assert.ok(BASE_URL, 'WIJKATLAS_BASE_URL is not set: start Wijkatlas and set it, e.g. http://localhost:8091');
  let response;
  try {
    response = await fetch(`${BASE_URL}/`, { signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    assert.fail(`Wijkatlas is not reachable at ${BASE_URL}: ${error.cause?.message ?? error.message}`);
  }
  assert.equal(response.status, 200, `GET ${BASE_URL}/ answered HTTP ${response.status}`);
  // close() on a connected browser closes this file's contexts and disconnects; the runner stops Chromium.
  const shared = process.env.WIJKATLAS_BROWSER_WS;
  return shared ? chromium.connect(shared) : chromium.launch(CHROMIUM_OPTIONS);
}

/** The Chromium of the test file that called useBrowser(): set by its before hook (a live binding). */
export let browser;

/** Gives the calling test file one browser for all its tests: connected (or launched) before them, closed after. */
export function useBrowser() {
  before(async () => {
    browser = await launch();
  });
  after(async () => browser?.close());
}

/** A fresh page in its own context that records page errors. */
export async function openPage(browser, path = '/', { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (path) await page.goto(`${BASE_URL}${path}`);
  return { page, context, errors };
}

/**
 * Runs `body` with a fresh page of the calling file's browser (openPage: `path` opened, page errors
 * recorded) and closes the page's context afterwards, also when `body` fails, so that no test leaves
 * a context open in the browser that the other tests share. `options` may be left out.
 */
export async function withPage(path, options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  const opened = await openPage(browser, path, options);
  try {
    return await body(opened);
  } finally {
    await opened.context.close();
  }
}

/**
 * Waits until an area profile has everything: it is drawn after its first round of requests and
 * its opgaven and series fill in after that (views/profile.js sets data-profile on <main>).
 */
export async function profileComplete(page, timeout = 30_000) {
  await page.locator('#inhoud[data-profile="complete"]').waitFor({ state: 'attached', timeout });
}

/**
 * Waits until the map (#map, or `selector`) is idle and `check(dataset)` holds (polled from here:
 * the page's CSP forbids evaluating strings); fails when WebGL was unavailable.
 */
export async function mapIdle(page, { selector = '#map', check = () => true, frame = page, timeout = 45_000 } = {}) {
  const deadline = Date.now() + timeout;
  let state = {};
  while (Date.now() < deadline) {
    state = await frame
      .locator(selector)
      .evaluate((map) => ({ ...map.dataset }))
      .catch(() => ({}));
    if (state.mapState === 'unavailable') break;
    if (state.mapState === 'idle' && check(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.notEqual(state.mapState, undefined, `there is no map (${selector}) on the page`);
  assert.notEqual(state.mapState, 'unavailable', 'the map could not create a WebGL context and fell back to the message');
  assert.fail(`the map did not reach the wanted state in time: ${JSON.stringify(state)}`);
}

/** Scrolls `selector` into view: maps below the fold (the profile's) load MapLibre only when near the screen. */
export async function scrollToMap(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded({ timeout: 30_000 });
}

/**
 * Runs axe's WCAG 2.1 A/AA rules on the page and fails on any violation. Only the violations are
 * read, so axe keeps one node of the other result types (resultTypes): it skips building selectors
 * and HTML for every passing node, which is most of its time. A page without frames is checked in
 * one axe.run in the page (legacy mode: same result, but no runPartial/finishRun round trip through
 * an extra blank page); a page with frames goes through runPartial, which reaches cross-origin frames too.
 */
export async function expectNoAxeViolations(page, label) {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);
  if (page.frames().length === 1) builder.setLegacyMode();
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(summary, [], `axe found WCAG violations ${label}:\n${summary.join('\n')}`);
}

/** The inner texts of everything `selector` matches within `scope` (a page or a locator), joined by `separator`. */
export async function joinedTexts(scope, selector, separator = ' ') {
  return (await scope.locator(selector).allInnerTexts()).join(separator);
}

/** How far the page scrolls sideways, in px: 0 or less when it reflows to its width without sideways scrolling. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Presses Tab until `predicate` (run in the page) holds; fails after `max` presses. */
export async function tabTo(page, description, predicate, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail(`could not reach ${description} with Tab in ${max} presses`);
}

/** Asks the app's GraphQL API and returns the answer's data; fails when the answer has any `errors` entry (also an empty or null one). */
export async function graphql(query, variables = {}) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/**
 * Moves the mouse over the label point of area `code` (from the API) on the atlas map (#map) and
 * waits for the map's tooltip; returns the tooltip and the point on the page that was hovered.
 */
export async function hoverArea(page, code) {
  const { area } = await graphql('query($code: ID!) { area(code: $code) { labelPoint { lon lat } } }', { code });
  const box = await page.locator('#map').boundingBox();
  const point = await page.evaluate(([x, y]) => window.wijkatlasMap.project([x, y]), [area.labelPoint.lon, area.labelPoint.lat]);
  const at = { x: box.x + point.x, y: box.y + point.y };
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('.area-tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
  return { tooltip, at };
}

/**
 * Asks for the interactive map the way a reader on a phone does (there the map is a still picture
 * until then, map-lazy.js): a tap on the "Kaart verkennen" button in the map, or with `keyboard`
 * the button reached with Tab and pressed with Enter.
 */
export async function exploreMap(page, selector = '#map', { keyboard = false } = {}) {
  const button = page.locator(`${selector} button.map-explore`);
  await button.waitFor({ timeout: 30_000 });
  if (keyboard) {
    await tabTo(page, 'the button "Kaart verkennen"', () => document.activeElement?.classList.contains('map-explore'));
    await page.keyboard.press('Enter');
  } else {
    // A tap where the page emulates a touch screen, else a click (tap() needs hasTouch).
    await button.tap().catch((error) => (/hasTouch/.test(error.message) ? button.click() : Promise.reject(error)));
  }
}
