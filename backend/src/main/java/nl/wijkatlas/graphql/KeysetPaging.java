package nl.wijkatlas.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Forward keyset paging over a unique, ordered text key (a code or an id), for every
 * connection of the API. Spring for GraphQL builds the {@link ScrollSubrange} from
 * {@code first} and {@code after} (the cursor decoded by {@link OpaqueCursors}); a
 * controller takes its page size and last key from it with {@link #page}, fetches one row
 * more than the page, and returns {@link Page#window}, which Spring renders as the
 * connection. The bounds of {@code first} are checked for every connection field by
 * {@link PageSizeBounds}, before the controller runs.
 */
public final class KeysetPaging {

	public static final int DEFAULT_PAGE_SIZE = 100;

	public static final int MAX_PAGE_SIZE = 1000;

	private static final String NOT_A_CURSOR = "not a cursor of this connection (cursors come from pageInfo.endCursor "
			+ "or an edge's cursor, unchanged, and are valid until the server restarts)";

	private KeysetPaging() {
	}

	/**
	 * The page a client asked for.
	 *
	 * @param size how many rows (fetch {@link #fetchSize()} to learn whether there is a
	 * next page)
	 * @param afterKey the last key of the previous page, or null for the first page
	 * @param key the name of the key the connection is ordered by
	 */
	public record Page(int size, String afterKey, String key) {

		public int fetchSize() {
			return this.size + 1;
		}

		/**
		 * The rows of this page, fetched with one extra row, as a window whose positions
		 * are the rows' keys.
		 */
		public <T> Window<T> window(List<T> rows, Function<T, String> keyOf) {
			boolean hasNext = rows.size() > this.size;
			List<T> page = hasNext ? rows.subList(0, this.size) : rows;
			return Window.from(page, (i) -> ScrollPosition.forward(Map.of(this.key, keyOf.apply(page.get(i)))),
					hasNext);
		}

	}

	/**
	 * The page of a connection ordered by {@code key}; a cursor of another connection
	 * (another key) is refused. Without {@code first} (an explicit null) the page has the
	 * default size.
	 */
	public static Page page(ScrollSubrange subrange, String key) {
		String afterKey = subrange.position().map((position) -> keyOf(position, key)).orElse(null);
		return new Page(subrange.count().orElse(DEFAULT_PAGE_SIZE), afterKey, key);
	}

	/**
	 * Refuses a page size out of bounds.
	 * @param first the client's {@code first}, as given (null when not given)
	 */
	static void requirePageSize(Object first) {
		if (first instanceof Integer size && (size < 0 || size > MAX_PAGE_SIZE)) {
			throw new InvalidInputException("first", "must be between 0 and " + MAX_PAGE_SIZE + ", was " + first);
		}
	}

	/** The refusal of a cursor that this server did not make for this connection. */
	public static InvalidInputException notACursor() {
		// The cursor is not echoed: it is the client's own text, of any length.
		return new InvalidInputException("after", NOT_A_CURSOR);
	}

	private static String keyOf(ScrollPosition position, String key) {
		if (position instanceof KeysetScrollPosition keyset && keyset.getKeys().get(key) instanceof String value) {
			return value;
		}
		throw notACursor();
	}

}
