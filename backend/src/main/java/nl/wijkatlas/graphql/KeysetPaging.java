package nl.wijkatlas.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Forward cursor pagination over a unique, ordered text key (a code or an id), for every
 * connection of the API: validates {@code first}, decodes {@code after} into the last key
 * seen, and turns a page fetched with one extra row into a {@link Window} that Spring for
 * GraphQL renders as a connection.
 */
@Component
public class KeysetPaging {

	public static final int DEFAULT_PAGE_SIZE = 100;

	public static final int MAX_PAGE_SIZE = 1000;

	private final CursorStrategy<ScrollPosition> cursors;

	KeysetPaging(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/**
	 * The page a client asked for.
	 *
	 * @param size how many rows (fetch {@code size + 1} to learn whether there is a next
	 * page)
	 * @param afterKey the last key of the previous page, or null for the first page
	 */
	public record Request(int size, String afterKey) {

		public int fetchSize() {
			return this.size + 1;
		}

	}

	public Request request(Integer first, String after, String key) {
		int size = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("first", "must be between 0 and " + MAX_PAGE_SIZE + ", was " + first);
		}
		return new Request(size, (after != null) ? keyOf(after, key) : null);
	}

	public <T> Window<T> window(List<T> rows, Request request, Function<T, String> keyOf, String key) {
		boolean hasNext = rows.size() > request.size();
		List<T> page = hasNext ? rows.subList(0, request.size()) : rows;
		return Window.from(page, (i) -> ScrollPosition.forward(Map.of(key, keyOf.apply(page.get(i)))), hasNext);
	}

	private String keyOf(String cursor, String key) {
		try {
			if (this.cursors.fromCursor(cursor) instanceof KeysetScrollPosition keyset
					&& keyset.getKeys().get(key) instanceof String value) {
				return value;
			}
		}
		catch (RuntimeException ex) {
			// fall through: any undecodable cursor is the client's mistake
		}
		// The cursor is not echoed: it is the client's own text, of any length.
		throw new InvalidInputException("after",
				"not a cursor of this connection (cursors come from pageInfo.endCursor or an edge's cursor, unchanged, "
						+ "and are valid until the server restarts)");
	}

}
