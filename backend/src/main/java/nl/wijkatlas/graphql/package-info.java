/**
 * The GraphQL engine's shared parts: HTTP and schema configuration, connection (paging)
 * arguments and cursors, input validation errors, payload conventions, persisted queries,
 * the GraphiQL page and the id fields ({@code IdFields}); and what every feature's read
 * and write path shares: the keyset-paged table statements ({@code KeysetTable}), batch
 * loading ({@code Batches}), the write steps of a mutation ({@code RecordWrites}) and the
 * shape check of an argument ({@code WellFormed}). Feature types live in their feature
 * packages.
 */
package nl.wijkatlas.graphql;
