package nl.wijkatlas.auth;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How write access is authenticated ({@code wijkatlas.auth.*}). In production point
 * {@code jwk-set-uri} at the identity provider (OIDC) and set {@code issuer}; without it
 * the application verifies tokens with a local development key in {@code dev-key-dir},
 * the key that {@code ./wijkatlas token} signs with.
 *
 * @param issuer the required {@code iss} claim
 * @param jwkSetUri the identity provider's JWK set, or empty for the development key
 * @param devKeyDir where the development key pair lives (created on first use)
 * @param audience the required {@code aud} entry; required when {@code jwk-set-uri} is
 * set (otherwise any token of the same identity provider for another client would write)
 * @param clockSkew how far the clocks of the identity provider and this server may differ
 * when {@code exp}, {@code nbf} and {@code iat} are checked (default 60 s)
 */
@ConfigurationProperties("wijkatlas.auth")
public record AuthProperties(String issuer, String jwkSetUri, Path devKeyDir, String audience, Duration clockSkew) {

	public AuthProperties {
		issuer = (issuer == null || issuer.isBlank()) ? DevKeys.DEV_ISSUER : issuer.strip();
		jwkSetUri = (jwkSetUri == null || jwkSetUri.isBlank()) ? null : jwkSetUri.strip();
		devKeyDir = (devKeyDir != null) ? devKeyDir : Path.of(".data", "dev-jwt");
		audience = (audience == null || audience.isBlank()) ? null : audience.strip();
		clockSkew = (clockSkew != null) ? clockSkew : Duration.ofSeconds(60);
		if (jwkSetUri != null && audience == null) {
			throw new IllegalStateException("wijkatlas.auth.audience (WIJKATLAS_AUTH_AUDIENCE) must be set when an "
					+ "identity provider is configured (wijkatlas.auth.jwk-set-uri): the client id whose tokens may write");
		}
	}

}
