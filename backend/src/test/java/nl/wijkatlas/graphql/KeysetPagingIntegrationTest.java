package nl.wijkatlas.graphql;

import java.util.ArrayList;
import java.util.List;

import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection pages the same way, from {@code first} and {@code after}: each item
 * once, {@code endCursor} the cursor of the last edge, and the cursor of one connection
 * refused by another.
 */
@WijkatlasIntegrationTest
class KeysetPagingIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "areas, code", "indicators, code", "budgetGoals, code", "credits, id", "organisations, id",
			"initiatives, id", "opgaven, id", "stories, slug" })
	void shouldPageThroughEveryItemOnceWithTheCursorOfTheLastEdge(String connection, String key) {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int total = -1;
		while (hasNext) {
			GraphQlTester.Response response = this.graphQl
				.document("query($after: String) { c: " + connection + "(first: 25, after: $after) { totalCount "
						+ "edges { cursor node { " + key + " } } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			List<String> keys = response.path("c.edges[*].node." + key).entityList(String.class).get();
			List<String> cursors = response.path("c.edges[*].cursor").entityList(String.class).get();
			total = response.path("c.totalCount").entity(Integer.class).get();
			hasNext = response.path("c.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("c.pageInfo.endCursor").entity(String.class).get();
			assertThat(keys).as("a page of %s", connection).hasSizeBetween(1, 25);
			assertThat(after).isEqualTo(cursors.get(cursors.size() - 1));
			if (hasNext) {
				assertThat(keys).as("only the last page is short").hasSize(25);
			}
			seen.addAll(keys);
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(total);
	}

	@Test
	void shouldGiveTheDefaultPageSizeWhenFirstIsNull() {
		GraphQlTester.Response response = this.graphQl
			.document("{ areas(first: null) { totalCount edges { node { code } } } }")
			.execute();
		int total = response.path("areas.totalCount").entity(Integer.class).get();
		assertThat(total).as("more areas than a default page").isGreaterThan(KeysetPaging.DEFAULT_PAGE_SIZE);
		response.path("areas.edges").entityList(Object.class).hasSize(KeysetPaging.DEFAULT_PAGE_SIZE);
	}

	@Test
	void shouldRefuseTheCursorOfAnotherConnection() {
		String areaCursor = endCursor("areas");
		String creditCursor = endCursor("credits");

		assertRefused("credits", areaCursor);
		assertRefused("areas", creditCursor);
		// Both ordered by id, but a credit's is text and a change's a number.
		assertRefused("changes", creditCursor);
	}

	private String endCursor(String connection) {
		return this.graphQl.document("{ c: " + connection + "(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("c.pageInfo.endCursor")
			.entity(String.class)
			.get();
	}

	private void assertRefused(String connection, String cursor) {
		this.graphQl.document("query($after: String) { c: " + connection + "(first: 1, after: $after) { totalCount } }")
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "after");
				assertThat(error.getMessage()).startsWith("after: not a cursor of this connection");
			}))
			.path("c")
			.valueIsNull();
	}

}
