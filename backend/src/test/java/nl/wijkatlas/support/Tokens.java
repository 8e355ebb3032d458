package nl.wijkatlas.support;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import nl.wijkatlas.auth.DevKeys;
import nl.wijkatlas.auth.DevTokenCommand;

/**
 * Bearer tokens for tests, signed with the test key the application trusts (or, to prove
 * it is refused, with another one).
 */
public final class Tokens {

	private static final Path KEY_DIR = Path.of("target", "test-jwt");

	private Tokens() {
	}

	public static String wijkmanager(String subject, String... areas) {
		return mint(DevKeys.loadOrCreate(KEY_DIR), DevKeys.DEV_ISSUER, subject, "wijkmanager", Duration.ofHours(1),
				areas);
	}

	public static String admin(String subject) {
		return mint(DevKeys.loadOrCreate(KEY_DIR), DevKeys.DEV_ISSUER, subject, "admin", Duration.ofHours(1));
	}

	public static String resident(String subject, String... areas) {
		return mint(DevKeys.loadOrCreate(KEY_DIR), DevKeys.DEV_ISSUER, subject, "bewoner", Duration.ofHours(1), areas);
	}

	public static String expired(String subject, String... areas) {
		return mint(DevKeys.loadOrCreate(KEY_DIR), DevKeys.DEV_ISSUER, subject, "wijkmanager", Duration.ofHours(-1),
				areas);
	}

	public static String wrongIssuer(String subject, String... areas) {
		return mint(DevKeys.loadOrCreate(KEY_DIR), "https://evil.example", subject, "wijkmanager", Duration.ofHours(1),
				areas);
	}

	public static String wrongSignature(String subject, String... areas) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return mint(generator.generateKeyPair(), DevKeys.DEV_ISSUER, subject, "wijkmanager", Duration.ofHours(1),
					areas);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String mint(KeyPair keys, String issuer, String subject, String role, Duration lifetime,
			String... areas) {
		try {
			return DevTokenCommand.mint(keys, issuer, subject, List.of(role), List.of(areas), lifetime);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
