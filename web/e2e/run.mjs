// `npm run e2e`: the browser tests (node --test, one process per file) with one Chromium for all
// files: a browser server started here, which helpers.mjs's launch() connects to. Arguments go to
// node --test (default: every file in e2e/); WIJKATLAS_E2E_CONCURRENCY sets how many files run at once.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS } from './helpers.mjs';

const concurrency = process.env.WIJKATLAS_E2E_CONCURRENCY ?? '1';
const files = process.argv.slice(2);
const server = await chromium.launchServer(CHROMIUM_OPTIONS);
let code;
try {
  const tests = spawn(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...(files.length ? files : ['e2e/'])], {
    stdio: 'inherit',
    env: { ...process.env, WIJKATLAS_BROWSER_WS: server.wsEndpoint() },
  });
  code = await new Promise((resolve, reject) => {
    tests.on('error', reject);
    tests.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
} finally {
  await server.close();
}
process.exit(code);
