// GraphiQL at /graphiql from the app's own bundle: with every request to another host blocked (no
// internet, no CDN) the page loads under the site's Content-Security-Policy, fetches the schema,
// runs a query and shows its result; the app's own pages do not load GraphiQL.
//   WIJKATLAS_BASE_URL=http://localhost:8091 node --test e2e/graphiql.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE_URL, browser, SUITE_TIMEOUT, useBrowser } from './helpers.mjs';

useBrowser();

describe('GraphiQL offline', { timeout: SUITE_TIMEOUT }, () => {
  test('runs a query with every request to another host blocked, under the CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const own = new URL(BASE_URL).host;
    const blocked = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === own || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    try {
      const response = await page.goto(`${BASE_URL}/graphiql`);
      assert.equal(response.status(), 200);
      const csp = (await response.allHeaders())['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'/, `the page has the site's policy: ${csp}`);
      assert.doesNotMatch(csp, /script-src[^;]*(https?:|\*)/, 'scripts only from this site');

      await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      // The default query (src/graphiql.js) asks for five wijken with their id and code.
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
      await page.locator('button.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await result.getByText('"totalCount"').waitFor({ timeout: 30_000 });
      const text = await result.innerText();
      assert.match(text, /"code": "WK\d{6}"/, `the result shows wijken: ${text.slice(0, 400)}`);
      assert.match(text, /"id": "WK\d{6}"/);
      assert.doesNotMatch(text, /"errors"/);

      // The schema came by introspection: the documentation explorer shows the Query type's description.
      await page.getByRole('button', { name: /documentation explorer/i }).click();
      const explorer = page.locator('.graphiql-doc-explorer');
      await explorer
        .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
        .first()
        .click({ timeout: 15_000 });
      await explorer.getByText('The entry points for reading', { exact: false }).waitFor({ timeout: 15_000 });

      assert.deepEqual(blocked, [], 'GraphiQL asked for nothing outside this site');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("the app's pages do not load GraphiQL", async () => {
    const html = await (await fetch(`${BASE_URL}/`)).text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(scripts.length > 0, 'the page names its assets');
    assert.deepEqual(
      scripts.filter((path) => /graphiql|react/i.test(path)),
      [],
    );
    const graphiql = await (await fetch(`${BASE_URL}/graphiql`)).text();
    assert.doesNotMatch(graphiql, /https?:\/\/(?!localhost)/, 'no foreign URL in the GraphiQL page');
  });
});
