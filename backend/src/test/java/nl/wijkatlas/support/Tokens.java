package nl.wijkatlas.support;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.wijkatlas.auth.Caller;
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

	/**
	 * A wijkmanager token of the areas signed with the trusted key, with exactly the
	 * given claims besides {@code iss}, {@code roles} and {@code areas}: to prove that a
	 * token without {@code sub} or {@code exp}, or issued in the future, is refused.
	 */
	public static String withClaims(Map<String, Object> claims, String... areas) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(DevKeys.DEV_ISSUER)
			.claim(Caller.ROLES_CLAIM, List.of(Caller.WIJKMANAGER))
			.claim(Caller.AREAS_CLAIM, List.of(areas));
		claims.forEach(builder::claim);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) DevKeys.loadOrCreate(KEY_DIR).getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A wijkmanager token without {@code sub}. */
	public static String withoutSubject(String... areas) {
		long now = System.currentTimeMillis() / 1000;
		return withClaims(Map.of("iat", now, "exp", now + 3600), areas);
	}

	/** A wijkmanager token without {@code exp}. */
	public static String withoutExpiry(String subject, String... areas) {
		return withClaims(Map.of("sub", subject, "iat", System.currentTimeMillis() / 1000), areas);
	}

	/** A wijkmanager token issued a year from now. */
	public static String issuedInTheFuture(String subject, String... areas) {
		long later = System.currentTimeMillis() / 1000 + 365L * 24 * 3600;
		return withClaims(Map.of("sub", subject, "iat", later, "exp", later + 3600), areas);
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
