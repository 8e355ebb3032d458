package nl.wijkatlas.geodata;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL connection address as JDBC needs it. Parses the {@code DATABASE_URL} forms
 * {@code postgres://user:password@host:port/database?sslmode=require} (also
 * {@code postgresql://}; port 5432 when absent) and {@code jdbc:postgresql://...} URLs,
 * whose {@code user} and {@code password} query parameters are taken out into the fields.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param user the user name, or null when the URL names none
 * @param password the password, or null when the URL names none
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

	private static final int DEFAULT_PORT = 5432;

	/**
	 * Parses a database URL.
	 * @param url a {@code postgres://}, {@code postgresql://} or
	 * {@code jdbc:postgresql://} URL
	 * @return the JDBC URL and credentials
	 * @throws IllegalArgumentException when the URL is none of these forms or lacks a
	 * host or database
	 */
	public static DatabaseUrl parse(String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("database URL is empty");
		}
		String trimmed = url.trim();
		if (trimmed.startsWith("jdbc:postgresql:")) {
			return fromJdbc(trimmed);
		}
		if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
			return fromUri(trimmed);
		}
		throw new IllegalArgumentException(
				"database URL must look like postgres://user:password@host:port/database or jdbc:postgresql://host:port/database, got "
						+ redact(trimmed));
	}

	private static DatabaseUrl fromUri(String url) {
		URI uri = toUri(url);
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw new IllegalArgumentException("database URL names no host: " + redact(url));
		}
		String database = (uri.getRawPath() != null) ? uri.getRawPath().replaceFirst("^/", "") : "";
		if (database.isEmpty()) {
			throw new IllegalArgumentException("database URL names no database: " + redact(url));
		}
		String user = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			password = (parts.length > 1) ? decode(parts[1]) : null;
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : DEFAULT_PORT;
		String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + database;
		Query query = Query.split(uri.getRawQuery());
		return new DatabaseUrl(query.appendTo(jdbc), (query.user != null) ? query.user : user,
				(query.password != null) ? query.password : password);
	}

	private static DatabaseUrl fromJdbc(String url) {
		int question = url.indexOf('?');
		String base = (question < 0) ? url : url.substring(0, question);
		Query query = Query.split((question < 0) ? null : url.substring(question + 1));
		return new DatabaseUrl(query.appendTo(base), query.user, query.password);
	}

	private static URI toUri(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("database URL is malformed: " + redact(url), ex);
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String redact(String url) {
		return url.replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + this.jdbcUrl + ", user=" + this.user + "]";
	}

	/** Query parameters, with the credentials taken out. */
	private static final class Query {

		private final List<String> rest = new ArrayList<>();

		private String user;

		private String password;

		static Query split(String rawQuery) {
			Query query = new Query();
			if (rawQuery == null || rawQuery.isEmpty()) {
				return query;
			}
			for (String parameter : rawQuery.split("&")) {
				String name = parameter.split("=", 2)[0];
				String value = parameter.contains("=") ? decode(parameter.split("=", 2)[1]) : "";
				if (name.equals("user")) {
					query.user = value;
				}
				else if (name.equals("password")) {
					query.password = value;
				}
				else if (!parameter.isEmpty()) {
					query.rest.add(parameter);
				}
			}
			return query;
		}

		String appendTo(String base) {
			return this.rest.isEmpty() ? base : base + "?" + String.join("&", this.rest);
		}

	}

}
