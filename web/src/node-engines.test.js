// The Node.js version the README asks for is the one every installed package accepts: npm only
// warns (EBADENGINE) when a dependency wants a newer Node, and the build may then break on the
// machine the README promised would work (@mapbox/jsonlint-lines-primitives 2.0.3 wanted Node 22
// for no code change; package.json pins 2.0.2 through `overrides`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const declared = JSON.parse(read('web/package.json')).engines.node;
const minimum = semver.minVersion(declared).version;

test('the README, the script and every package.json name the same minimum Node.js', () => {
  const [major, minor] = minimum.split('.');
  expect(read('README.md')).toContain(`Node.js ${major}.${minor} or newer`);
  expect(read('wijkatlas')).toContain(`NODE_MINIMUM=${major}.${minor}`);
  for (const dir of ['qa', 'bench']) {
    expect(JSON.parse(read(`${dir}/package.json`)).engines?.node, dir).toBe(declared);
  }
});

test.each(['web', 'qa', 'bench'])('every package %s installs runs on that minimum', (dir) => {
  const { packages } = JSON.parse(read(`${dir}/package-lock.json`));
  // Optional packages that do not fit are skipped by npm without a warning (rollup's optional
  // native LZMA helper wants Node 22; rollup works without it).
  const refused = Object.entries(packages)
    .filter(([name, p]) => name && !p.optional && typeof p.engines?.node === 'string')
    .filter(([, p]) => !semver.satisfies(minimum, p.engines.node))
    .map(([name, p]) => `${name} wants node ${p.engines.node}`);
  expect(refused).toEqual([]);
});
