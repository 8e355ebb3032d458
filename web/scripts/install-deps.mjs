// Runs `npm ci --no-audit --no-fund` unless node_modules was already installed from this exact
// package-lock.json (the Maven build calls this in `initialize`; set WIJKATLAS_NPM_CI=always to force).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const stampFile = join(root, 'node_modules', '.wijkatlas-lock-sha256');
const hash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');

const upToDate = process.env.WIJKATLAS_NPM_CI !== 'always' && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === hash;
if (upToDate) {
  console.log('web: node_modules matches package-lock.json, skipping npm ci');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`web: npm ci failed (${result.error?.message ?? `exit code ${result.status}`})`);
    process.exit(result.status || 1);
  }
  writeFileSync(stampFile, `${hash}\n`);
}
