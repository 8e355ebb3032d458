// The entry of /graphiql: GraphiQL (npm graphiql, React) bundled by Vite into the app's own
// assets, so the page needs no CDN and works offline. A separate Vite entry (graphiql.html):
// main.js never imports it, so the map and profile pages do not carry its weight.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import './graphiql-page.css';

const ENDPOINT = new URL('/graphql', window.location.href).href;

const DEFAULT_QUERY = `# Wijkatlas GraphQL API: see the Docs panel for every type and field.
# Press the run button (or Ctrl-Enter) to run this query.
query Wijken {
  areas(level: WIJK, first: 5) {
    totalCount
    edges {
      node {
        id
        code
        name
        parent { code name }
      }
    }
  }
}
`;

/** Posts the operation to /graphql with the headers from GraphiQL's headers editor (e.g. Authorization). */
async function fetcher(params, options = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
}

createRoot(document.getElementById('graphiql')).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }));
