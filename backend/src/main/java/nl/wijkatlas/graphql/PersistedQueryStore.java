package nl.wijkatlas.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;

/**
 * The documents registered through Apollo-style automatic persisted queries
 * ({@code extensions.persistedQuery.sha256Hash}), parsed and validated once: a request
 * that sends only the hash skips parsing and validation. graphql-java's
 * {@code ApolloPersistedQuerySupport} checks that a registering query matches its hash;
 * this store keeps at most {@code maxEntries} documents (least recently used out first),
 * so registering ever new documents cannot exhaust memory, and never keeps a document
 * with parse or validation errors.
 */
public final class PersistedQueryStore implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> entries;

	public PersistedQueryStore(int maxEntries) {
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > maxEntries;
			}
		});
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) throws PersistedQueryNotFound {
		PreparsedDocumentEntry known = this.entries.get(persistedQueryId);
		if (known != null) {
			return CompletableFuture.completedFuture(known);
		}
		String query = executionInput.getQuery();
		if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		PreparsedDocumentEntry entry = onCacheMiss.apply(query);
		if (!entry.hasErrors()) {
			this.entries.put(persistedQueryId, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The registered document with this hash, if any. */
	public Optional<Document> document(Object persistedQueryId) {
		PreparsedDocumentEntry entry = this.entries.get(persistedQueryId);
		return Optional.ofNullable(entry).map(PreparsedDocumentEntry::getDocument);
	}

}
