/**
 * The GraphQL engine's shared parts: HTTP and schema configuration, connection (paging)
 * arguments and cursors, input validation errors, payload conventions, persisted queries,
 * the GraphiQL page and the id field. Feature types live in their feature packages.
 */
package nl.wijkatlas.graphql;
