/**
 * Sources: where a figure or record comes from (title, publisher, licence, date), read
 * through one batched loader for every type that cites a source.
 */
package nl.wijkatlas.source;
