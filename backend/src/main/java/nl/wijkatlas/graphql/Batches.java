package nl.wijkatlas.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Batch loading as every feature does it, so that a request runs one statement per level
 * however many records it shows: the loader of records by key, registered once for every
 * type that points at one, and the lists of a {@code @BatchMapping}'s parents, fetched
 * for all of them at once and handed back per parent.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Registers the loader of records by key ({@code DataLoader<String, T>} as a
	 * parameter of a field that points at one).
	 * @param find the records with the keys, in any order, an unknown key left out
	 * @param keyOf the key of a record
	 */
	public static <T> void registerByKey(BatchLoaderRegistry registry, Class<T> type,
			Function<Collection<String>, List<T>> find, Function<T, String> keyOf) {
		registry.forTypePair(String.class, type)
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromCallable(() -> find.apply(keys).stream().collect(Collectors.toMap(keyOf, Function.identity()))));
	}

	/**
	 * The list of each parent of a batch; a parent without any gets an empty list.
	 * @param keyOf the key of a parent
	 * @param find the lists of the parents with these keys, by key
	 */
	public static <P, K, C> Map<P, List<C>> perParent(List<P> batch, Function<P, K> keyOf,
			Function<List<K>, Map<K, List<C>>> find) {
		Map<K, List<C>> byKey = find.apply(batch.stream().map(keyOf).toList());
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (p) -> byKey.getOrDefault(keyOf.apply(p), List.of()),
					(a, b) -> a));
	}

	/**
	 * The list of each parent of a batch, from the children of all of them, each of which
	 * names its parent's key.
	 * @param find the children of the parents with these keys, in the order of the lists
	 * @param parentOf the key of a child's parent
	 */
	public static <P, K, C> Map<P, List<C>> perParent(List<P> batch, Function<P, K> keyOf,
			Function<List<K>, List<C>> find, Function<C, K> parentOf) {
		return perParent(batch, keyOf, (keys) -> find.apply(keys).stream().collect(Collectors.groupingBy(parentOf)));
	}

	/**
	 * The data fetcher of a field that points at a record by key (a figure's indicator):
	 * it queues the key with the record's loader ({@link #registerByKey}), or, when the
	 * field's selection asks nothing of the record but that key (and {@code __typename}),
	 * answers the record known only by its key, without a statement — for keys a foreign
	 * key guarantees, where a profile's {@code indicator { code }} would otherwise fetch
	 * whole records to answer what each figure already knows.
	 * <p>
	 * A plain fetcher, not a controller method: such a field sits on every item of a list
	 * (a profile's 36 figures), and a controller method costs per call a handler with its
	 * arguments resolved and the thread-local context captured and restored around it —
	 * more than the rest of the item. It is trivial to graphql-java and Spring (no I/O,
	 * no thread-local state): the loader's statement runs at dispatch, outside it.
	 * @param type the record's type, whose loader has the type's name
	 * @param keyOf the key of the field's source, or null where it points at none
	 * @param keyField the name of the key's field in the record's schema type
	 * @param keyOnly the record with only its key
	 */
	public static <S, V> DataFetcher<CompletableFuture<V>> byKey(Class<V> type, Function<S, String> keyOf,
			String keyField, Function<String, V> keyOnly) {
		return new KeyFetcher<>(type.getName(), keyOf, keyField, keyOnly);
	}

	/**
	 * The data fetcher of a field whose answer a named loader finds by the key of the
	 * field's source (the children of an area, by the area's code): a plain fetcher for
	 * the same reason as {@link #byKey(Class, Function, String, Function)}, and keyed by
	 * text, not by the source record, which a {@code @BatchMapping} would hash for every
	 * item.
	 * @param loader the loader's name
	 */
	public static <S, V> DataFetcher<CompletableFuture<V>> byKey(String loader, Function<S, String> keyOf) {
		return new KeyFetcher<>(loader, keyOf, null, null);
	}

	private record KeyFetcher<S, V>(String loader, Function<S, String> keyOf, String keyField,
			Function<String, V> keyOnly) implements TrivialDataFetcher<CompletableFuture<V>> {

		@Override
		public CompletableFuture<V> get(DataFetchingEnvironment env) {
			String key = this.keyOf.apply(env.getSource());
			if (key == null) {
				return CompletableFuture.completedFuture(null);
			}
			if (this.keyOnly == null || !Selections.asksOnly(env, this.keyField)) {
				return env.<String, V>getDataLoader(this.loader).load(key);
			}
			return CompletableFuture.completedFuture(this.keyOnly.apply(key));
		}

	}

	/** The record a field points at, or null for a field that points at none. */
	public static <V> CompletableFuture<V> loadIfAny(DataLoader<String, V> loader, String key) {
		return (key != null) ? loader.load(key) : CompletableFuture.completedFuture(null);
	}

}
