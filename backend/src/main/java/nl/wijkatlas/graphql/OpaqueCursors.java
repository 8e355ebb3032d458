package nl.wijkatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * The cursors of every connection: {@code v1.} and the URL-safe base64 of
 * {@code key:value} (e.g. {@code code:BU01933000}), the one text key a page is ordered
 * by. Nothing of the implementation shows (Spring's default cursor holds a Java class
 * name); the version lets a later format refuse old cursors clearly. A cursor of another
 * version or shape is refused with BAD_USER_INPUT by {@link KeysetPaging}.
 */
final class OpaqueCursors implements CursorStrategy<ScrollPosition> {

	static final String VERSION = "v1.";

	static EncodingCursorStrategy<ScrollPosition> strategy() {
		return CursorStrategy.withEncoder(new OpaqueCursors(), new VersionedEncoder());
	}

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (position instanceof KeysetScrollPosition keyset && keyset.getKeys().size() == 1
				&& keyset.getKeys().values().iterator().next() instanceof String value) {
			String key = keyset.getKeys().keySet().iterator().next();
			return key + ":" + value;
		}
		throw new IllegalArgumentException("Only single text keys make cursors");
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		int colon = cursor.indexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("Not a cursor");
		}
		return ScrollPosition.forward(Map.of(cursor.substring(0, colon), cursor.substring(colon + 1)));
	}

	static final class VersionedEncoder implements CursorEncoder {

		@Override
		public String encode(String cursor) {
			return VERSION
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String decode(String cursor) {
			if (!cursor.startsWith(VERSION)) {
				throw new IllegalArgumentException("Not a cursor of this version");
			}
			return new String(Base64.getUrlDecoder().decode(cursor.substring(VERSION.length())),
					StandardCharsets.UTF_8);
		}

	}

}
