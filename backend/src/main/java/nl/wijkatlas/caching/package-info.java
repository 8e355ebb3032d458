/**
 * HTTP caching and the GraphQL response cache, both keyed on the data version that every
 * import and mutation bumps (held in memory through LISTEN/NOTIFY).
 */
package nl.wijkatlas.caching;
