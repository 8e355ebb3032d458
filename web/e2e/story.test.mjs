// Browser tests of the story as data: every chapter of the bundled story draws a data layer (a
// choropleth or outlined areas, read back from the rendered map and its legend), paging keys show
// the chapters one by one in order, on a phone the chapter lands below the pinned map, reduced
// motion jumps instead of scrolling smoothly, and the English page shows the English texts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectNoAxeViolations, horizontalOverflow, mapIdle, useBrowser, withPage } from './helpers.mjs';

const STORY = 'van-getallen-naar-vergezichten';
// The bundled story's chapters; mutation tests may append chapters of their own after these.
const BUNDLED_CHAPTERS = 6;

useBrowser();

/** The map's state and the legend's outlined-area count once chapter `n` is shown. */
async function chapterShown(page, n) {
  const state = await mapIdle(page, { check: (d) => d.storyChapter === String(n) });
  // The legend is written after the map's data is set; wait for the live description too.
  await page.waitForFunction((n) => (document.getElementById('map-state')?.textContent ?? '').match(new RegExp(`^(Hoofdstuk|Chapter) ${n} `)), n);
  const outlined = await page.locator('.story__legend .legend__highlight').allTextContents();
  return { state, outlined: outlined.map((text) => Number(/(\d+)/.exec(text)?.[1] ?? 0)) };
}

describe('Story as data', { timeout: 240_000 }, () => {
  test('PageDown shows every chapter in order, each drawing figures or outlined areas; Shift+Space goes back one', async () => {
    await withPage(`/verhaal/${STORY}`, async ({ page, errors }) => {
      const drawn = [];
      for (let n = 1; n <= BUNDLED_CHAPTERS; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        const { state, outlined } = await chapterShown(page, n);
        const figures = state.mapIndicator !== '' && Number(state.renderedAreas) > 0;
        assert.ok(figures || outlined.some((count) => count > 0), `chapter ${n} draws no data: ${JSON.stringify({ state, outlined })}`);
        drawn.push(figures ? state.mapIndicator : `outlined ${outlined.join('+')}`);
        assert.equal(await page.evaluate(() => document.activeElement?.id), n > 1 ? `hoofdstuk-${n}` : await page.evaluate(() => document.activeElement?.id));
      }
      // Chapter 1's chart: the city's inhabitants over the years, an SVG with a dot per figure and a table.
      const chart = page.locator('#hoofdstuk-1 figure.chapter__chart');
      assert.ok(Number(await chart.getAttribute('data-points')) >= 5, 'chapter 1 charts the city series');
      assert.ok((await chart.locator('svg circle').count()) >= 5, 'the chart draws a dot per figure');
      assert.ok((await chart.locator('table tbody tr').count()) >= 5, 'the chart has its table');
      // A period per figure chapter: the legend says which.
      assert.ok(drawn.filter((d) => !d.startsWith('outlined')).length >= 3, `too few chapters with figures: ${drawn.join(', ')}`);
      await page.keyboard.press('Shift+Space');
      await chapterShown(page, BUNDLED_CHAPTERS - 1);
      assert.deepEqual(errors, []);
    });
  });

  test('the chapter that has focus is the one shown: tabbing to "show chapter 3" shows chapter 3, not 4', async () => {
    await withPage(`/verhaal/${STORY}`, async ({ page }) => {
      await chapterShown(page, 1);
      await page.getByRole('button', { name: 'Toon hoofdstuk 3 op de kaart' }).focus();
      await chapterShown(page, 3);
      await page.waitForTimeout(800);
      assert.equal(await page.locator('#map').getAttribute('data-story-chapter'), '3');
    });
  });

  test('on a phone PageDown puts the chapter just below the pinned map, and reduced motion jumps at once', async () => {
    await withPage(`/verhaal/${STORY}`, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await chapterShown(page, 1);
      // Scroll positions frame by frame while paging: a smooth scroll passes through many, a jump
      // through one (plus at most one re-alignment when the new legend changes the pinned height).
      const positions = page.evaluate(
        () =>
          new Promise((resolve) => {
            const seen = new Set([window.scrollY]);
            const end = performance.now() + 1500;
            const frame = () => (seen.add(window.scrollY), performance.now() < end ? requestAnimationFrame(frame) : resolve([...seen]));
            requestAnimationFrame(frame);
          }),
      );
      await page.keyboard.press('PageDown');
      const seen = await positions;
      await chapterShown(page, 2);
      assert.ok(seen.length <= 3, `with reduced motion the page jumps, but it passed through ${seen.length} positions: ${seen.join(', ')}`);
      const pinned = await page.locator('.story__map-wrap').boundingBox();
      const heading = await page.locator('#hoofdstuk-2 .chapter__number').boundingBox();
      assert.ok(heading.y >= pinned.y + pinned.height - 1 && heading.y < 844, `chapter 2 starts at ${heading.y}, the pinned map ends at ${pinned.y + pinned.height}`);
      const overflow = await horizontalOverflow(page);
      assert.ok(overflow <= 0, `sideways scrolling by ${overflow}px`);
    });
  });

  for (const reducedMotion of ['reduce', 'no-preference']) {
    test(`the camera ${reducedMotion === 'reduce' ? 'jumps between chapters under reduced motion' : 'flies between chapters'}`, async () => {
      await withPage(`/verhaal/${STORY}#hoofdstuk-3`, { reducedMotion }, async ({ page }) => {
        await chapterShown(page, 3);
        // Chapter 4 zooms to Holtenbroek: sample whether the camera is moving, frame by frame.
        const moving = page.evaluate(
          () =>
            new Promise((resolve) => {
              let seen = false;
              const end = performance.now() + 2500;
              const frame = () => {
                seen ||= Boolean(window.wijkatlasMap?.isMoving());
                if (performance.now() < end) requestAnimationFrame(frame);
                else resolve(seen);
              };
              requestAnimationFrame(frame);
            }),
        );
        await page.keyboard.press('PageDown');
        assert.equal(await moving, reducedMotion !== 'reduce', reducedMotion === 'reduce' ? 'the camera animated under reduced motion' : 'the camera jumped instead of flying');
        await chapterShown(page, 4);
      });
    });
  }

  test('in English the story, its chapters and its legend are English, with no axe violations', async () => {
    await withPage(`/verhaal/${STORY}?taal=en`, async ({ page }) => {
      await chapterShown(page, 1);
      assert.equal(await page.locator('h1').textContent(), 'From figures to (far) views');
      assert.equal(await page.locator('#chapter-title-1').textContent(), 'A growing city');
      // The story's own six chapters have English texts. Chapters that the API tests add to the same
      // test database (Dutch only, and only when they run first) are marked lang="nl", as they should be.
      for (let n = 1; n <= 6; n++) assert.equal(await page.locator(`#hoofdstuk-${n}`).getAttribute('lang'), null, `chapter ${n} left in Dutch`);
      assert.deepEqual(await page.locator('section.chapter[lang]').evaluateAll((sections) => sections.map((s) => s.lang).filter((lang) => lang !== 'nl')), []);
      assert.match(await page.locator('.story__legend .legend__period').textContent(), /^Figures for \d{4}, the latest there are\.$/);
      for (let n = 2; n <= 5; n++) await page.keyboard.press('PageDown');
      await chapterShown(page, 5);
      assert.match((await page.locator('.story__legend .legend__highlight').textContent()).trim(), /^Orange outline: [1-9]\d* of the \d+ wijken with a credit/);
      await expectNoAxeViolations(page, 'on the story at the money chapter (en)');
    });
  });
});
