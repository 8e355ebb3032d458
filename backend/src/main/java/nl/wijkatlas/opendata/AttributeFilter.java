package nl.wijkatlas.opendata;

import java.util.Map;

/**
 * A compiled {@code filter}: an SQL condition over the columns of {@link Queryable} with
 * named parameters ({@code :f0}, {@code :f1}, ...) for every literal, so a value is never
 * part of the statement's text.
 */
record AttributeFilter(String sql, Map<String, Object> parameters) {

	AttributeFilter {
		parameters = Map.copyOf(parameters);
	}

}
