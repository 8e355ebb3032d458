package nl.wijkatlas.geodata.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A URL with a query string built in a fixed order, each value percent-encoded. */
final class Query {

	private final String base;

	private final StringJoiner parameters = new StringJoiner("&");

	Query(String base) {
		this.base = base;
	}

	Query add(String name, Object value) {
		this.parameters.add(name + "=" + encode(String.valueOf(value)));
		return this;
	}

	URI uri() {
		String query = this.parameters.toString();
		return URI.create(query.isEmpty() ? this.base : this.base + (this.base.contains("?") ? "&" : "?") + query);
	}

	/**
	 * Percent-encodes a query value: spaces as {@code %20}, and also every character a
	 * cited URL must not contain unencoded ({@code ( ) , ' ;}), so a source text can
	 * quote the URL whole.
	 */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * A base URL that ends with exactly one slash.
	 * @param url the URL
	 * @return it, with a slash at the end
	 */
	static String withSlash(String url) {
		return url.endsWith("/") ? url : url + "/";
	}

}
