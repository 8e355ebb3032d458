// Temporary: screenshots for the phone-map work (deleted before committing).
import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:8110';
const [, , tag = 'x', ...only] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const shots = [
  ['atlas', '/?niveau=wijk'], ['atlas-en', '/?niveau=wijk&taal=en'],
  ['wijk', '/gebied/WK019330'], ['buurt-en', '/gebied/BU01933000?taal=en'],
].filter(([n]) => !only.length || only.includes(n));
for (const [name, path] of shots) {
  for (const [vp, opts] of [['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }], ['desk', { viewport: { width: 1440, height: 900 } }]]) {
    const ctx = await browser.newContext({ ...opts, locale: 'nl-NL', reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(base + path);
    await page.waitForFunction(() => document.querySelector('main[data-profile="complete"], #figures-table'), null, { timeout: 60000 }).catch(() => console.log('not complete', path));
    await page.waitForTimeout(1500);
    const map = path.startsWith('/gebied') ? '#profile-map' : '#map';
    await page.locator(map).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/h-lh/${tag}-${name}-${vp}-0.png` });
    const button = page.locator(`${map} button.map-explore`);
    if (await button.count()) {
      await button.tap();
      await page.waitForFunction((s) => document.querySelector(s)?.dataset.mapState === 'idle', map, { timeout: 60000 }).catch(() => console.log('not idle', name));
      await page.locator(map).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/h-lh/${tag}-${name}-${vp}-1.png` });
    }
    await ctx.close();
  }
}
await browser.close();
