package nl.wijkatlas.auth;

import java.util.Collection;

import nl.wijkatlas.graphql.MutationException;
import nl.wijkatlas.graphql.UserError;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Decides whether a caller may write a record that concerns the given areas:
 * administrators anywhere, wijkmanagers only within the areas their token names (a
 * stadsdeel includes its wijken and buurten), everyone else nowhere.
 */
@Component
public class WriteAccess {

	private final JdbcClient jdbc;

	WriteAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The caller, when they may write at all (a valid token with the role wijkmanager or
	 * admin); which areas they may write in is {@link #require}'s question.
	 */
	public Caller writer(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
			throw new MutationException(UserError.Code.UNAUTHENTICATED, null,
					"Sign in first: changes need a bearer token of a wijkmanager");
		}
		Caller caller = Caller.of(token.getToken());
		if (!caller.isAdmin() && !caller.isWijkmanager()) {
			throw new MutationException(UserError.Code.FORBIDDEN, null, "Only wijkmanagers may make changes");
		}
		return caller;
	}

	public Caller require(Authentication authentication, Collection<String> areaCodes) {
		Caller caller = writer(authentication);
		if (caller.isAdmin()) {
			return caller;
		}
		if (areaCodes.isEmpty()) {
			throw new MutationException(UserError.Code.FORBIDDEN, "areaCodes",
					"A wijkmanager's change must concern at least one of their areas");
		}
		String outside = outsideOf(caller, areaCodes);
		if (outside != null) {
			throw new MutationException(UserError.Code.FORBIDDEN, "areaCodes", "Area " + outside
					+ " is not among the areas you manage (" + String.join(", ", caller.areas()) + ")");
		}
		return caller;
	}

	private String outsideOf(Caller caller, Collection<String> areaCodes) {
		return this.jdbc.sql("""
				select c from unnest(cast(:codes as text[])) c
				where not exists (select 1 from unnest(cast(:managed as text[])) m
				                  where c in (select code from area_scope(m, true)))
				order by c limit 1
				""")
			.param("codes", areaCodes.toArray(String[]::new))
			.param("managed", caller.areas().toArray(String[]::new))
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
