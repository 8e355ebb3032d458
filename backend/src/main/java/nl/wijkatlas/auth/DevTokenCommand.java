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
 * {@code ./wijkatlas token --sub NAME [--role wijkmanager|admin] [--areas CODE,CODE] [--hours 8]}:
 * prints a development token signed with the local development key. For local use and
 * tests only; production tokens come from the municipality's identity provider.
 */
public final class DevTokenCommand {

	private DevTokenCommand() {
	}

	public static void main(String[] args) throws JOSEException {
		String subject = null;
		String role = "wijkmanager";
		List<String> areas = new ArrayList<>();
		long hours = 8;
		Path keyDir = Path.of(System.getProperty("wijkatlas.auth.dev-key-dir", ".data/dev-jwt"));
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sub" -> subject = args[++i];
				case "--role" -> role = args[++i];
				case "--areas" -> areas.addAll(Arrays.asList(args[++i].split(",")));
				case "--hours" -> hours = Long.parseLong(args[++i]);
				default -> usage("unknown option " + args[i]);
			}
		}
		if (subject == null) {
			usage("--sub is required");
		}
		System.out.println(mint(DevKeys.loadOrCreate(keyDir), DevKeys.DEV_ISSUER, subject, List.of(role), areas,
				Duration.ofHours(hours)));
	}

	public static String mint(KeyPair keys, String issuer, String subject, List<String> roles, List<String> areas,
			Duration lifetime) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.issueTime(java.util.Date.from(now))
			.expirationTime(java.util.Date.from(now.plus(lifetime)))
			.claim(Caller.ROLES_CLAIM, roles)
			.claim(Caller.AREAS_CLAIM, areas)
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println(
				"usage: ./wijkatlas token --sub NAME [--role wijkmanager|admin] [--areas SD0193_NOORD,WK019311] [--hours 8]");
		System.exit(2);
	}

}
