package nl.wijkatlas.auth;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("wijkatlas.auth")
public record AuthProperties(String issuer, String jwkSetUri, Path devKeyDir) {

	public AuthProperties {
		issuer = (issuer == null || issuer.isBlank()) ? DevKeys.DEV_ISSUER : issuer.strip();
		jwkSetUri = (jwkSetUri == null || jwkSetUri.isBlank()) ? null : jwkSetUri.strip();
		devKeyDir = (devKeyDir != null) ? devKeyDir : Path.of(".data", "dev-jwt");
	}

}
