package nl.wijkatlas.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * What a bearer token must hold besides a valid signature: the configured issuer, a
 * subject, an expiry that has not passed, no {@code nbf} or {@code iat} in the future,
 * each with the clock skew, and the configured audience when there is one. A token
 * without {@code exp} is refused: it would be valid forever.
 */
final class TokenValidation {

	private TokenValidation() {
	}

	static OAuth2TokenValidator<Jwt> validator(AuthProperties properties, Clock clock) {
		Duration skew = properties.clockSkew();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtIssuerValidator(properties.issuer()));
		validators.add((jwt) -> check(jwt.getSubject() != null && !jwt.getSubject().isBlank(),
				"The token has no subject (sub)"));
		validators.add((jwt) -> {
			Instant now = clock.instant();
			if (jwt.getExpiresAt() == null) {
				return refused("The token has no expiry (exp)");
			}
			if (now.minus(skew).isAfter(jwt.getExpiresAt())) {
				return refused("The token has expired");
			}
			if (jwt.getNotBefore() != null && now.plus(skew).isBefore(jwt.getNotBefore())) {
				return refused("The token is not valid yet (nbf)");
			}
			if (jwt.getIssuedAt() != null && now.plus(skew).isBefore(jwt.getIssuedAt())) {
				return refused("The token is issued in the future (iat)");
			}
			return OAuth2TokenValidatorResult.success();
		});
		if (properties.audience() != null) {
			String audience = properties.audience();
			validators.add((jwt) -> check(jwt.getAudience() != null && jwt.getAudience().contains(audience),
					"The token is not meant for this application (aud)"));
		}
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static OAuth2TokenValidatorResult check(boolean valid, String message) {
		return valid ? OAuth2TokenValidatorResult.success() : refused(message);
	}

	private static OAuth2TokenValidatorResult refused(String message) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, message, null));
	}

}
