/**
 * HTTP concerns every endpoint shares, as servlet filters and configuration: the request
 * id, the API-Version header, the security headers, the write-origin check for
 * credentialed browser requests, the public base URL behind a proxy, and CORS for
 * /graphql.
 */
package nl.wijkatlas.http;
