package nl.wijkatlas.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Batch loading for the fields that list what is linked to an area ({@code Area.opgaven},
 * {@code Area.credits}, ...), optionally including everything within it. Keys that share
 * a filter are fetched in one statement, however many areas ask.
 */
public final class AreaScoped {

	private AreaScoped() {
	}

	/**
	 * @param areaCode the area asked about
	 * @param within whether records linked to areas below it count too
	 * @param filter the field's other arguments, as a record (or null)
	 */
	public record Key<F>(String areaCode, boolean within, F filter) {
	}

	/** Fetches the records linked to each of the areas, keyed by area code. */
	@FunctionalInterface
	public interface Fetch<F, T> {

		Map<String, List<T>> fetch(List<String> areaCodes, boolean within, F filter);

	}

	public static <F, T> void register(BatchLoaderRegistry registry, String name, Fetch<F, T> fetch) {
		registry.<Key<F>, List<T>>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			Map<Key<F>, List<T>> result = new HashMap<>();
			Map<Key<F>, List<Key<F>>> groups = keys.stream()
				.collect(Collectors.groupingBy((key) -> new Key<>(null, key.within(), key.filter())));
			groups.forEach((group, members) -> {
				Map<String, List<T>> byArea = fetch.fetch(members.stream().map(Key::areaCode).distinct().toList(),
						group.within(), group.filter());
				members.forEach((key) -> result.put(key, byArea.getOrDefault(key.areaCode(), List.of())));
			});
			return result;
		}));
	}

	/**
	 * The SQL fragment of the codes each area covers: a relation
	 * {@code scope(root, code)} over the bind parameter {@code :codes} (text[]). Without
	 * {@code within} an area covers only itself, which needs no recursive walk (and so
	 * keeps the statement's plan reusable).
	 */
	public static String scope(boolean within) {
		return within
				? "(select r.root, s.code from unnest(cast(:codes as text[])) as r(root)"
						+ " cross join lateral area_scope(r.root, true) s)"
				: "(select r.root, r.root as code from unnest(cast(:codes as text[])) as r(root))";
	}

	/**
	 * The select keyword for a scoped query: with {@code within}, one record can be
	 * linked to several areas below the same root, so rows are made distinct.
	 */
	public static String select(boolean within) {
		return within ? "select distinct " : "select ";
	}

}
