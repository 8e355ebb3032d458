package nl.wijkatlas.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text, so that a query the engine has seen
 * before is neither parsed nor validated again (the profile of bench/profile.sh: parsing
 * and validation were a large part of a small query's CPU time). graphql-java's documents
 * are immutable and safe to share between requests. Only documents without errors are
 * kept: a refused query is parsed and refused again, so made-up documents cannot fill the
 * cache with errors, and every error message stays exactly as it is without the cache.
 * The parser limits (ParserOptions in the request's context) are the same for every
 * request, so a document that passed them once passes them again. At most
 * {@code maxEntries} documents (Caffeine evicts the least useful first). Persisted
 * queries (Apollo's hash-only requests) go to {@code persisted}, which parses through
 * this cache.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final PreparsedDocumentProvider persisted;

	DocumentCache(long maxEntries, PreparsedDocumentProvider persisted) {
		this.documents = Caffeine.newBuilder().maximumSize(maxEntries).build();
		this.persisted = persisted;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return this.persisted.getDocumentAsync(input, (in) -> parsed(in, parseAndValidate));
	}

	private PreparsedDocumentEntry parsed(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry known = this.documents.getIfPresent(query);
		if (known != null) {
			return known;
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(query, entry);
		}
		return entry;
	}

	long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

}
