import js from '@eslint/js';
import globals from 'globals';

// ESLint for the front end: `npm run lint`, and the Maven build runs it in the test phase (./wijkatlas test).
// Formatting is Prettier's job (npm run format:check / format), so only correctness rules are on here.
export default [
  {
    // .gitignore'd output and installed packages are never linted.
    ignores: ['node_modules/', 'target/', 'dist/', 'e2e-artifacts/'],
  },
  js.configs.recommended,
  {
    rules: {
      // `({ dropped, ...rest }) => rest` is how this code base leaves fields out of an object;
      // the named siblings exist to be left out, so they are not "unused".
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The app itself: ES modules that run in the browser.
    files: ['src/**/*.js'],
    ignores: ['src/**/*.test.js', 'src/test-dom.js'],
    languageOptions: {
      globals: globals.browser,
    },
  },
  {
    // Unit tests and their helpers run in Node under Vitest (environment "node", see vite.config.js).
    files: ['src/**/*.test.js', 'src/test-dom.js'],
    languageOptions: {
      globals: globals.node,
    },
  },
  {
    // Build scripts and tool configs run in Node.
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: {
      globals: globals.node,
    },
  },
  {
    // The browser tests run in Node but hand functions to page.evaluate()/waitForFunction(), which
    // run inside the page (document, getComputedStyle, Node ...), so they see both sets of globals.
    files: ['e2e/**/*.mjs'],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // The embed host script is a classic <script> that third-party pages load, not a module.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: globals.browser,
    },
  },
];
