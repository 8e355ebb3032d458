package nl.wijkatlas.auth;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;

import nl.wijkatlas.limits.LimitsProperties;
import nl.wijkatlas.http.WriteOriginFilter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are open to everyone; writes (GraphQL mutations) need a valid bearer token,
 * checked here (signature, issuer, subject, required expiry, {@code nbf}/{@code iat} with
 * a clock skew, audience: {@link TokenValidation}) and authorised per mutation against
 * the areas the caller manages. No sessions and no cookies, so no CSRF surface. CORS on
 * {@code /graphql} ({@code nl.wijkatlas.http.GraphQlCorsConfig}): any origin may read,
 * but {@code Authorization} is not an allowed header, and {@link WriteOriginFilter}
 * refuses a credentialed request from another origin, so writes come only from this site
 * (or {@code wijkatlas.limits.write-origins}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LimitsProperties limits) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new WriteOriginFilter(limits), BearerTokenAuthenticationFilter.class)
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			// Framing is decided per path by CSP frame-ancestors (embeds anywhere, other
			// pages only here); a blanket X-Frame-Options: DENY would override that.
			.headers((headers) -> headers.frameOptions((frame) -> frame.disable()))
			.build();
	}

	/**
	 * No Micrometer observation per security filter, authentication and authorisation:
	 * with {@code permitAll} for every request they measured nothing of interest, yet
	 * wrapped each of the chain's filters in an observation on every request (5–11 % of
	 * the CPU of a small GraphQL query in bench/profile.sh). Every request is still
	 * measured as a whole in {@code http.server.requests}.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JwtDecoder jwtDecoder(AuthProperties properties) {
		NimbusJwtDecoder decoder = (properties.jwkSetUri() != null)
				? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build()
				: NimbusJwtDecoder
					.withPublicKey((RSAPublicKey) DevKeys.loadOrCreate(properties.devKeyDir()).getPublic())
					.build();
		decoder.setJwtValidator(TokenValidation.validator(properties, Clock.systemUTC()));
		return decoder;
	}

}
