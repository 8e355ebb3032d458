import { defineConfig } from 'vite';

// The site is built into target/classes/static so the module's jar carries it under static/,
// where Spring Boot serves it at "/". `npm run dev` proxies the API to a running backend.
const api = process.env.WIJKATLAS_API ?? 'http://localhost:8091';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Two pages: the app (index.html) and GraphiQL (graphiql.html, served at /graphiql), each with
      // its own scripts, so the app's pages never load GraphiQL and React.
      input: {
        index: 'index.html',
        graphiql: 'graphiql.html',
      },
      output: {
        // MapLibre in a chunk of its own: only the views that draw a map load it (dynamically, see
        // src/map-lazy.js), and it keeps its cache entry when the app's own code changes.
        manualChunks: (id) => (id.includes('/node_modules/maplibre-gl/') ? 'maplibre' : undefined),
        // MapLibre's worker is an ES module (.mjs); name it .js so every server sends a JavaScript MIME type.
        assetFileNames: (asset) => ((asset.names ?? []).some((name) => name.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/api': api,
    },
  },
  test: {
    include: ['src/**/*.test.js'],
    environment: 'node',
  },
});
