package nl.wijkatlas.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/** The record a field points at, or null for a field that points at none. */
	public static <V> CompletableFuture<V> loadIfAny(DataLoader<String, V> loader, String key) {
		return (key != null) ? loader.load(key) : CompletableFuture.completedFuture(null);
	}

}
