package nl.wijkatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * The cursors of every connection: {@code v2.}, the URL-safe base64 of {@code key:value}
 * (e.g. {@code code:BU01933000}, the one text key a page is ordered by), a dot and a
 * signature (HMAC-SHA256, 128 bits) over both. Nothing of the implementation shows
 * (Spring's default cursor holds a Java class name); the version lets a later format
 * refuse old cursors clearly (v1 had no signature); the signature makes an edited cursor
 * (another key, another position) a refused one rather than a quietly different page. A
 * cursor of another version, shape or signature is refused here, while Spring for GraphQL
 * builds a controller's {@code ScrollSubrange}: BAD_USER_INPUT on {@code after}, the only
 * argument of the API that takes a cursor ({@link KeysetPaging#notACursor}). The key is
 * {@code wijkatlas.cursor-secret}; unset, each start draws a random one (cursors then
 * last until a restart, and several instances behind one address need the same secret).
 */
final class OpaqueCursors implements CursorStrategy<ScrollPosition> {

	static final String VERSION = "v2.";

	private static final int SIGNATURE_BYTES = 16;

	static EncodingCursorStrategy<ScrollPosition> strategy(String secret) {
		byte[] key;
		if (secret == null || secret.isBlank()) {
			key = new byte[32];
			new SecureRandom().nextBytes(key);
		}
		else {
			key = secret.getBytes(StandardCharsets.UTF_8);
		}
		return CursorStrategy.withEncoder(new OpaqueCursors(), new VersionedEncoder(key));
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
			throw KeysetPaging.notACursor();
		}
		return ScrollPosition.forward(Map.of(cursor.substring(0, colon), cursor.substring(colon + 1)));
	}

	static final class VersionedEncoder implements CursorEncoder {

		private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

		private final SecretKeySpec key;

		VersionedEncoder(byte[] key) {
			this.key = new SecretKeySpec(key, "HmacSHA256");
		}

		@Override
		public String encode(String cursor) {
			String body = BASE64.encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
			return VERSION + body + "." + BASE64.encodeToString(sign(body));
		}

		@Override
		public String decode(String cursor) {
			if (!cursor.startsWith(VERSION)) {
				// Another version, or not a cursor at all.
				throw KeysetPaging.notACursor();
			}
			int dot = cursor.indexOf('.', VERSION.length());
			if (dot < 0) {
				// Not signed.
				throw KeysetPaging.notACursor();
			}
			String body = cursor.substring(VERSION.length(), dot);
			try {
				byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
				if (MessageDigest.isEqual(signature, sign(body))) {
					return new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
				}
			}
			catch (IllegalArgumentException ex) {
				// not base64: refused below like a wrong signature
			}
			throw KeysetPaging.notACursor();
		}

		/**
		 * Signs the version with the body, so a cursor cannot be moved to another
		 * version.
		 */
		private byte[] sign(String body) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.key);
				return Arrays.copyOf(mac.doFinal((VERSION + body).getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
			}
		}

	}

}
