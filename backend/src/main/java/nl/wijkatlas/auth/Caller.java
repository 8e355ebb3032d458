package nl.wijkatlas.auth;

import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling a mutation: the token's subject, roles and the areas they manage.
 */
public record Caller(String subject, List<String> roles, List<String> areas) {

	public static final String ROLES_CLAIM = "roles";

	public static final String AREAS_CLAIM = "areas";

	public static final String WIJKMANAGER = "wijkmanager";

	public static final String ADMIN = "admin";

	public static Caller of(Jwt jwt) {
		List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
		List<String> areas = jwt.getClaimAsStringList(AREAS_CLAIM);
		return new Caller(jwt.getSubject(), (roles != null) ? roles : List.of(), (areas != null) ? areas : List.of());
	}

	public boolean isAdmin() {
		return this.roles.contains(ADMIN);
	}

	public boolean isWijkmanager() {
		return this.roles.contains(WIJKMANAGER);
	}

}
