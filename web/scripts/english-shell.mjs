// Writes index.en.html beside the built index.html: the same page with its shell (skip link, menu,
// language switch, footer, the landing page's intro) in English, from the dictionary the app uses
// (src/i18n.js). The server answers ?taal=en pages with it, so an English page is English from its
// first paint, not Dutch until the script has run. Usage: node scripts/english-shell.mjs [dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES } from '../src/i18n.js';

const root = process.argv[2] || 'target/classes/static';
const en = DICTIONARIES.en;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (key) => {
  if (typeof en[key] !== 'string') throw new Error(`index.html names ${key}, which the English dictionary does not have`);
  return escape(en[key]);
};

let html = readFileSync(join(root, 'index.html'), 'utf8');
html = html.replace('<html lang="nl">', '<html lang="en">');
// Elements whose text is one dictionary entry (no markup inside them in index.html).
html = html.replace(/(<(\w+)\b[^>]*\bdata-i18n="(\w+)"[^>]*>)([^<]*)(<\/\2\s*>)/g, (all, open, tag, key, _old, close) => `${open}${text(key)}${close}`);
html = html.replace(/(\bdata-i18n-label="(\w+)"[^>]*?\baria-label=")[^"]*"/g, (all, before, key) => `${before}${text(key)}"`);
// The language switch leads to Dutch; the menu stays in English.
html = html.replace(/(<a\b[^>]*\bid="lang-switch"[^>]*>)/, (tag) => tag.replace('href="/?taal=en"', 'href="/"').replace('lang="en"', 'lang="nl"').replace('hreflang="en"', 'hreflang="nl"'));
html = html.replace(/<a\b[^>]*\bid="nav-(map|story)"[^>]*>/g, (tag) => tag.replace(/\bhref="([^"?]*)"/, 'href="$1?taal=en"'));
// The licence deed in English.
html = html.replace('creativecommons.org/licenses/by/4.0/deed.nl', 'creativecommons.org/licenses/by/4.0/deed.en');
// Every dictionary text of the page is now the English one.
for (const [key, dutch] of Object.entries(DICTIONARIES.nl)) {
  if (typeof dutch === 'string' && dutch !== en[key] && new RegExp(`data-i18n="${key}"`).test(html) && html.includes(escape(dutch))) {
    throw new Error(`index.en.html still has the Dutch ${key}: ${dutch}`);
  }
}
writeFileSync(join(root, 'index.en.html'), html);
console.log('english-shell: index.en.html written');
