package nl.wijkatlas.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which claims a signed token must hold: subject, expiry, no time in the future beyond
 * the clock skew, and the audience when one is configured.
 */
class AuthTokenValidationTest {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final OAuth2TokenValidator<Jwt> dev = TokenValidation.validator(properties(null, null), CLOCK);

	@Test
	void shouldAcceptAWellFormedToken() {
		assertThat(valid(this.dev, (jwt) -> {
		})).isTrue();
	}

	@Test
	void shouldRefuseATokenWithoutSubjectOrExpiry() {
		assertThat(valid(this.dev, (jwt) -> jwt.claims((c) -> c.remove("sub")))).isFalse();
		assertThat(valid(this.dev, (jwt) -> jwt.subject(" "))).isFalse();
		assertThat(valid(this.dev, (jwt) -> jwt.claims((c) -> c.remove("exp")))).isFalse();
	}

	@Test
	void shouldCheckExpiryNotBeforeAndIssuedAtWithTheClockSkew() {
		assertThat(valid(this.dev, (jwt) -> jwt.expiresAt(NOW.minusSeconds(30)))).as("within the skew").isTrue();
		assertThat(valid(this.dev, (jwt) -> jwt.expiresAt(NOW.minusSeconds(90)))).isFalse();
		assertThat(valid(this.dev, (jwt) -> jwt.issuedAt(NOW.plusSeconds(30)))).as("within the skew").isTrue();
		assertThat(valid(this.dev,
				(jwt) -> jwt.issuedAt(NOW.plus(Duration.ofDays(365))).expiresAt(NOW.plus(Duration.ofDays(366)))))
			.isFalse();
		assertThat(valid(this.dev, (jwt) -> jwt.notBefore(NOW.plusSeconds(600)))).isFalse();
	}

	@Test
	void shouldRefuseAnotherIssuer() {
		assertThat(valid(this.dev, (jwt) -> jwt.issuer("https://evil.example"))).isFalse();
	}

	@Test
	void shouldCheckTheAudienceWhenOneIsConfigured() {
		OAuth2TokenValidator<Jwt> withAudience = TokenValidation.validator(properties(null, "wijkatlas"), CLOCK);
		assertThat(valid(withAudience, (jwt) -> jwt.audience(List.of("wijkatlas")))).isTrue();
		assertThat(valid(withAudience, (jwt) -> jwt.audience(List.of("another-client")))).isFalse();
		assertThat(valid(withAudience, (jwt) -> {
		})).isFalse();
	}

	@Test
	void shouldRequireAnAudienceWhenAnIdentityProviderIsConfigured() {
		assertThatThrownBy(() -> properties("https://idp.example/jwks", null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("WIJKATLAS_AUTH_AUDIENCE");
		assertThat(properties("https://idp.example/jwks", "wijkatlas").audience()).isEqualTo("wijkatlas");
	}

	@Test
	void shouldAcceptTheDevelopmentTokensThatWijkatlasTokenMintsWithTheirExpiry() throws Exception {
		AuthProperties plain = properties(null, null);
		String token = DevTokenCommand.mint(DevKeys.loadOrCreate(plain.devKeyDir()), DevKeys.DEV_ISSUER, "anna",
				List.of("wijkmanager"), List.of("SD0193_NOORD"), Duration.ofHours(8));

		Jwt jwt = new SecurityConfig().jwtDecoder(plain).decode(token);
		assertThat(jwt.getSubject()).isEqualTo("anna");
		assertThat(jwt.getExpiresAt()).isAfter(Instant.now().plus(Duration.ofHours(7)));
		assertThat(jwt.getIssuedAt()).isBeforeOrEqualTo(Instant.now());

		AuthProperties withAudience = properties(null, "wijkatlas");
		String forUs = DevTokenCommand.mint(DevKeys.loadOrCreate(plain.devKeyDir()), DevKeys.DEV_ISSUER, "anna",
				List.of("wijkmanager"), List.of(), Duration.ofHours(1), "wijkatlas");
		assertThat(new SecurityConfig().jwtDecoder(withAudience).decode(forUs).getAudience())
			.containsExactly("wijkatlas");
		assertThatThrownBy(() -> new SecurityConfig().jwtDecoder(withAudience).decode(token))
			.as("a token without the configured audience")
			.isInstanceOf(JwtValidationException.class);
	}

	private static AuthProperties properties(String jwkSetUri, String audience) {
		return new AuthProperties(null, jwkSetUri, Path.of("target", "test-jwt"), audience, null);
	}

	private static boolean valid(OAuth2TokenValidator<Jwt> validator, Consumer<Jwt.Builder> change) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(DevKeys.DEV_ISSUER)
			.subject("anna")
			.issuedAt(NOW.minusSeconds(600))
			.expiresAt(NOW.plusSeconds(3600));
		change.accept(builder);
		return !validator.validate(builder.build()).hasErrors();
	}

}
