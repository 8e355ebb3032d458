package nl.wijkatlas.support;

import java.util.Objects;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * One object of a GraphQL answer whose fields a test checks one after another: each field
 * is named once, relative to the object, instead of a full path, entity type and
 * comparison a line. Each check is the {@code GraphQlTester} one
 * ({@code path(..).entity(type).isEqualTo(..)}), so a failure still names the full path.
 */
public final class GraphQlObject {

	private final GraphQlTester.Response response;

	private final String path;

	private GraphQlObject(GraphQlTester.Response response, String path) {
		this.response = response;
		this.path = path;
	}

	/** The object at the path of the response, e.g. {@code area.indicatorValues[0]}. */
	public static GraphQlObject at(GraphQlTester.Response response, String path) {
		return new GraphQlObject(response, path);
	}

	/**
	 * The field (a path below the object, e.g. {@code source.url}) equals the expected
	 * value, read as the value's own type ({@code String}, {@code Double}, …). A
	 * {@code null} is checked with {@code valueIsNull()} instead.
	 */
	public GraphQlObject has(String field, Object expected) {
		Objects.requireNonNull(expected, "expected: check a null with valueIsNull()");
		this.response.path(this.path + "." + field).entity(expected.getClass()).isEqualTo(expected);
		return this;
	}

}
