/**
 * The OpenAPI documents of the REST APIs (resource files under openapi/), listed at
 * /openapi and served under each API's base path.
 */
package nl.wijkatlas.openapi;
