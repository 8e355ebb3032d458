package nl.wijkatlas.indicator;

import java.util.List;

import nl.wijkatlas.support.StatementCounting;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads that follow the selection: a figure's indicator asked only by its code needs no
 * statement (the figure knows its code), and a choropleth whose areas are asked only by
 * code (or name) reads no boundary — with the same answer as when more is asked.
 */
@WijkatlasIntegrationTest
@Import(StatementCounting.class)
class SelectionAwareReadsIntegrationTest {

	private static final String PROFILE = """
			{ area(code: "WK019330") { indicatorValues(period: "2025") { indicator { %s } value } } }""";

	private static final String CHOROPLETH = """
			{ indicator(code: "oppervlakte_grens_ha") {
			    values(period: "2025", level: BUURT) { area { %s } value status } } }""";

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void aFiguresIndicatorAskedOnlyByCodeCostsNoStatement() {
		List<String> byCode = codes(PROFILE.formatted("code __typename"), "area.indicatorValues[*].indicator.code");
		long codeOnly = StatementCounting.count();
		String codeOnlyStatements = StatementCounting.statements();
		List<String> withLabel = codes(PROFILE.formatted("code label"), "area.indicatorValues[*].indicator.code");
		long labelled = StatementCounting.count();

		assertThat(byCode).isNotEmpty().isEqualTo(withLabel);
		assertThat(codeOnlyStatements).doesNotContain("from indicator ");
		assertThat(labelled).as(StatementCounting.statements()).isEqualTo(codeOnly + 1);
		this.tester.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.document(PROFILE.formatted("code label"))
			.execute()
			.path("area.indicatorValues[0].indicator.label")
			.entity(String.class)
			.satisfies((label) -> assertThat(label).isNotBlank());
	}

	@Test
	void aChoroplethOfAreaCodesReadsNoBoundary() {
		List<String> byCode = codes(CHOROPLETH.formatted("code name"), "indicator.values[*].area.code");
		String codeOnlyStatements = StatementCounting.statements();
		List<String> withCentroid = codes(CHOROPLETH.formatted("code centroid { lon lat } areaKm2"),
				"indicator.values[*].area.code");
		String centroidStatements = StatementCounting.statements();

		assertThat(byCode).hasSize(93).isEqualTo(withCentroid);
		assertThat(codeOnlyStatements).doesNotContain("area_boundary");
		assertThat(centroidStatements).contains("area_boundary");
		this.tester.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.document(CHOROPLETH.formatted("code centroid { lon lat } areaKm2"))
			.execute()
			.path("indicator.values[0].area.centroid.lon")
			.entity(Double.class)
			.satisfies((lon) -> assertThat(lon).isBetween(5.9, 6.3))
			.path("indicator.values[0].area.areaKm2")
			.entity(Double.class)
			.satisfies((km2) -> assertThat(km2).isPositive());
	}

	/**
	 * Fragments count as what they select: a code through a fragment is still only a
	 * code, a label or a centroid in an inline or named fragment is asked.
	 */
	@Test
	void readsTheSelectionThroughFragments() {
		codes("""
				{ area(code: "WK019330") { indicatorValues(period: "2025") { indicator { ...Code } value } } }
				fragment Code on Indicator { code }""", "area.indicatorValues[*].indicator.code");
		long viaFragment = StatementCounting.count();
		codes("""
				{ area(code: "WK019330") { indicatorValues(period: "2025") {
				    indicator { code ... on Indicator { label } } value } } }""",
				"area.indicatorValues[*].indicator.code");
		long withLabel = StatementCounting.count();
		codes(CHOROPLETH.formatted("code ...Where") + " fragment Where on Area { centroid { lon } }",
				"indicator.values[*].area.code");
		String centroidStatements = StatementCounting.statements();

		assertThat(withLabel).isEqualTo(viaFragment + 1);
		assertThat(centroidStatements).contains("area_boundary");
	}

	private List<String> codes(String document, String path) {
		StatementCounting.reset();
		return this.tester.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.document(document)
			.execute()
			.path(path)
			.entityList(String.class)
			.get();
	}

}
