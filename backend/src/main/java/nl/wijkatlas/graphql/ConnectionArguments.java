package nl.wijkatlas.graphql;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

/**
 * The arguments of the field that returned a connection, for the connection's own fields
 * such as {@code totalCount}.
 */
public record ConnectionArguments(Map<String, Object> values) {

	public static ConnectionArguments of(DataFetchingEnvironment env) {
		return new ConnectionArguments(env.getExecutionStepInfo().getParent().getArguments());
	}

	public String text(String name) {
		Object value = this.values.get(name);
		return (value != null) ? value.toString() : null;
	}

	public boolean flag(String name, boolean fallback) {
		Object value = this.values.get(name);
		return (value instanceof Boolean b) ? b : fallback;
	}

}
