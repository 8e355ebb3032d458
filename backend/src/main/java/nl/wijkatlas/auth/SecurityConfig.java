package nl.wijkatlas.auth;

import java.security.interfaces.RSAPublicKey;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are open to everyone; writes (GraphQL mutations) need a valid bearer token,
 * checked here (signature, issuer, expiry) and authorised per mutation against the areas
 * the caller manages. No sessions and no cookies, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((server) -> server.jwt(Customizer.withDefaults()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			// Framing is decided per path by Content-Security-Policy frame-ancestors (embeds may be
			// framed anywhere, other pages not), which the blanket X-Frame-Options: DENY would override.
			.headers((headers) -> headers.frameOptions((frame) -> frame.disable()))
			.build();
	}

	@Bean
	JwtDecoder jwtDecoder(AuthProperties properties) {
		NimbusJwtDecoder decoder = (properties.jwkSetUri() != null)
				? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build()
				: NimbusJwtDecoder
					.withPublicKey((RSAPublicKey) DevKeys.loadOrCreate(properties.devKeyDir()).getPublic())
					.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer())));
		return decoder;
	}

}
