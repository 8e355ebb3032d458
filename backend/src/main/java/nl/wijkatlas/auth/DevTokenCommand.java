package nl.wijkatlas.auth;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * {@code ./wijkatlas token --sub NAME [--role wijkmanager|admin] [--areas CODE,CODE] [--hours 8] [--aud ID]}:
 * prints a development token signed with the local development key, with the claims the
 * server requires ({@code iss}, {@code sub}, {@code iat}, {@code exp}; {@code aud} when
 * {@code --aud} or {@code WIJKATLAS_AUTH_AUDIENCE} gives one, as the server then
 * demands). For local use and tests only; production tokens come from the municipality's
 * identity provider.
 */
public final class DevTokenCommand {

	private DevTokenCommand() {
	}

	public static void main(String[] args) throws JOSEException {
		String subject = null;
		String role = "wijkmanager";
		List<String> areas = new ArrayList<>();
		long hours = 8;
		String audience = System.getenv("WIJKATLAS_AUTH_AUDIENCE");
		Path keyDir = Path.of(System.getProperty("wijkatlas.auth.dev-key-dir", ".data/dev-jwt"));
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sub" -> subject = args[++i];
				case "--role" -> role = args[++i];
				case "--areas" -> areas.addAll(Arrays.asList(args[++i].split(",")));
				case "--hours" -> hours = Long.parseLong(args[++i]);
				case "--aud" -> audience = args[++i];
				case "--help", "-h" -> {
					System.out.println(USAGE);
					return;
				}
				default -> usage("unknown option " + args[i]);
			}
		}
		if (subject == null) {
			usage("--sub is required");
		}
		if (hours <= 0) {
			usage("--hours must be positive: a token without a future expiry is refused");
		}
		System.out.println(mint(DevKeys.loadOrCreate(keyDir), DevKeys.DEV_ISSUER, subject, List.of(role), areas,
				Duration.ofHours(hours), audience));
	}

	public static String mint(KeyPair keys, String issuer, String subject, List<String> roles, List<String> areas,
			Duration lifetime) throws JOSEException {
		return mint(keys, issuer, subject, roles, areas, lifetime, null);
	}

	/**
	 * @param audience the {@code aud} claim, or null (blank) for none
	 */
	public static String mint(KeyPair keys, String issuer, String subject, List<String> roles, List<String> areas,
			Duration lifetime, String audience) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.issueTime(java.util.Date.from(now))
			.expirationTime(java.util.Date.from(now.plus(lifetime)))
			.claim(Caller.ROLES_CLAIM, roles)
			.claim(Caller.AREAS_CLAIM, areas);
		if (audience != null && !audience.isBlank()) {
			builder.audience(audience.strip());
		}
		JWTClaimsSet claims = builder.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private static final String USAGE = "usage: ./wijkatlas token --sub NAME [--role wijkmanager|admin] "
			+ "[--areas SD0193_NOORD,WK019311] [--hours 8] [--aud ID]\n"
			+ "A bearer token signed with the local development key (.data/dev-jwt), for mutations while no identity "
			+ "provider is configured; --aud as WIJKATLAS_AUTH_AUDIENCE when that is set.";

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println(USAGE);
		System.exit(2);
	}

}
