// The NL Design System layer (nlds.css): every utrecht class the markup uses comes from a component
// CSS that nlds.css imports, and every token the theme sets is one that an imported component reads —
// a misspelt class or token would otherwise fail silently (the element keeps its unstyled look).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const nlds = readFileSync(join(here, 'nlds.css'), 'utf8');
const imports = [...nlds.matchAll(/@import '([^']+)' layer\(nlds\);/g)].map((m) => m[1]);
const componentCss = imports.map((spec) => readFileSync(require.resolve(spec), 'utf8')).join('\n');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(path);
    return entry.name.endsWith('.js') && !entry.name.endsWith('.test.js') ? [path] : [];
  });
}
const markup = [join(here, '..', 'index.html'), ...sources(here)].map((path) => readFileSync(path, 'utf8')).join('\n');

describe('nlds.css', () => {
  it('imports each component once, in the nlds layer', () => {
    expect(imports.length).toBeGreaterThan(5);
    expect(new Set(imports).size).toBe(imports.length);
    expect(nlds.match(/@import/g)).toHaveLength(imports.length);
  });

  it('defines every utrecht class the markup uses', () => {
    // Class names in class attributes and class: '...' strings (not token names: those start with --).
    const used = new Set([...markup.matchAll(/(?<![-\w])utrecht-[a-z0-9]+(?:-[a-z0-9]+)*(?:__[a-z0-9-]+)?(?:--[a-z0-9-]+)?/g)].map((m) => m[0]));
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(componentCss));
    expect(missing).toEqual([]);
  });

  it('sets only tokens that an imported component reads', () => {
    const set = [...nlds.matchAll(/^\s*(--utrecht-[a-z0-9-]+):/gm)].map((m) => m[1]);
    expect(set.length).toBeGreaterThan(20);
    const unread = set.filter((token) => !componentCss.includes(`var(${token}`));
    expect(unread).toEqual([]);
  });
});
