package nl.wijkatlas.gemeente;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkatlas.support.GraphQlErrors;
import nl.wijkatlas.support.GraphQlObject;
import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second bundled gemeente, Geldrop-Mierlo (GM1771), through the GraphQL API beside
 * Zwolle: its hierarchy without stadsdelen, its opgaven from seed 004, and the
 * {@code gemeente} filters of areas, stories and downloads.
 */
@WijkatlasIntegrationTest
class SecondGemeenteQueryIntegrationTest {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListBothGemeentenForAGemeenteSwitcher() {
		GraphQlTester.Response response = this.graphQl
			.document("{ areas(level: GEMEENTE) { totalCount edges { node { code name } } } }")
			.execute();
		response.path("areas.edges[*].node.code")
			.entityList(String.class)
			.satisfies((codes) -> assertThat(codes).containsSubsequence("GM0193", "GM1771"));
		response.path("areas.edges[*].node.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsSubsequence("Zwolle", "Geldrop-Mierlo"));
	}

	@Test
	void shouldGiveTheFifteenBuurtenOfGeldropMierloOnlyWhenFilteredByGemeente() {
		GraphQlTester.Response response = this.graphQl
			.document("{ areas(level: BUURT, gemeente: \"GM1771\", first: 100) { totalCount"
					+ " edges { node { code } } } zwolle: areas(level: BUURT, gemeente: \"GM0193\") { totalCount }"
					+ " all: areas(level: BUURT) { totalCount } }")
			.execute();
		response.path("areas.totalCount").entity(Integer.class).isEqualTo(15);
		response.path("areas.edges[*].node.code")
			.entityList(String.class)
			.hasSize(15)
			.satisfies((codes) -> assertThat(codes).allMatch((code) -> code.startsWith("BU1771")));
		response.path("zwolle.totalCount").entity(Integer.class).isEqualTo(78);
		int buurten = this.jdbc.sql("select count(*) from area where level = 'BUURT'").query(Integer.class).single();
		response.path("all.totalCount").entity(Integer.class).isEqualTo(buurten);
		assertThat(buurten).isGreaterThanOrEqualTo(78 + 15);
	}

	@Test
	void shouldFindBraakhuizenZuidForAPointInsideItWithWijkAndGemeenteAbove() {
		GraphQlTester.Response response = this.graphQl
			.document("{ areaAt(lon: 5.5748, lat: 51.4257) { code name parent { code level parent { code level } } }"
					+ " gm: area(code: \"GM1771\") { children { code level } } }")
			.execute();
		response.path("areaAt.code").entity(String.class).isEqualTo("BU17710005");
		response.path("areaAt.name").entity(String.class).isEqualTo("Braakhuizen-Zuid");
		response.path("areaAt.parent.code").entity(String.class).isEqualTo("WK177100");
		response.path("areaAt.parent.parent.code").entity(String.class).isEqualTo("GM1771");
		response.path("gm.children[*].level").entityList(String.class).containsExactly("WIJK", "WIJK");
	}

	@Test
	void shouldGiveTheWijkontwikkelingsplanOnBraakhuizenZuidWithItsCitationAndWithinWijkAndGemeente() {
		GraphQlTester.Response response = this.graphQl.documentName("braakhuizenZuidOpgaven").execute();
		response.path("area.opgaven[*].id")
			.entityList(String.class)
			.containsExactly("wijkontwikkelingsplan-braakhuizen-zuid");
		GraphQlObject.at(response, "area.opgaven[0]")
			.has("period", "2018-2019")
			.has("source.id", "geldrop-mierlo-meerjarenbegroting-2019-2022-wijkontwikkelingsplannen")
			.has("source.publisher", "Gemeente Geldrop-Mierlo");
		response.path("area.opgaven[0].sourceLocator")
			.entity(String.class)
			.satisfies((locator) -> assertThat(locator).contains("Formuleren van succes- en faalfactoren"));
		response.path("area.opgaven[0].doelen[1].inspanningen[0].title")
			.entity(String.class)
			.isEqualTo("Het proces evalueren, interactief, in de eerste helft van 2019");
		response.path("area.opgaven[0].doelen[0].inspanningen[0].betrokkenen[0].name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).startsWith("Externe partij"));
		response.path("wijk.edges[*].node.id")
			.entityList(String.class)
			.contains("wijkontwikkelingsplan-braakhuizen-zuid");
		response.path("gemeente.edges[*].node.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(
					"geldrop-mierlo-gezonde-leefbare-veilige-wijken", "wijkontwikkelingsplan-braakhuizen-zuid"));
	}

	@Test
	void shouldFilterStoriesByGemeente() {
		GraphQlTester.Response response = this.graphQl
			.document("{ zwolle: stories(gemeente: \"GM0193\") { totalCount edges { node { slug } } }"
					+ " gm: stories(gemeente: \"GM1771\") { totalCount edges { node { slug } } }"
					+ " all: stories { totalCount } }")
			.execute();
		response.path("zwolle.edges[*].node.slug").entityList(String.class).contains("van-getallen-naar-vergezichten");
		response.path("gm.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("gm.edges").entityList(Object.class).hasSize(0);
		int all = this.jdbc.sql("select count(*) from story").query(Integer.class).single();
		response.path("all.totalCount").entity(Integer.class).isEqualTo(all);
	}

	@Test
	void shouldListTheDownloadsOfOneGemeenteWithItsCounts() {
		GraphQlTester.Response response = this.graphQl
			.document("{ downloads(gemeente: \"GM1771\") { level featureCount url } }")
			.execute();
		// The levels Geldrop-Mierlo has (no stadsdelen, no gebieden), then the OGC API.
		response.path("downloads[*].level")
			.entityList(String.class)
			.satisfies((levels) -> assertThat(levels).containsExactly("GEMEENTE", "WIJK", "BUURT", null));
		response.path("downloads[*].featureCount")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsExactly(1, 2, 15, null));
		response.path("downloads[2].url")
			.entity(String.class)
			.satisfies((url) -> assertThat(url).endsWith("/data/areas/buurt.geojson?gemeente=GM1771"));
	}

	@Test
	void shouldRefuseAMalformedOrUnknownGemeente() {
		GraphQlErrors.assertSingleError(this.graphQl, "{ areas(gemeente: \"Zwolle\") { totalCount } }", "gemeente");
		GraphQlErrors.assertSingleError(this.graphQl, "{ stories(gemeente: \"GM9999\") { totalCount } }", "GM9999");
	}

	@Test
	void shouldKeepTheSyntheticBenchmarkDataOutOfTheDefaultDatabase() {
		List<String> gemeenten = this.jdbc.sql("select code from area where level = 'GEMEENTE' order by code")
			.query(String.class)
			.list();
		// bench/national.mjs writes GM5000-GM5349; only its own database may hold them.
		assertThat(gemeenten).contains("GM0193", "GM1771")
			.noneMatch((code) -> code.compareTo("GM5000") >= 0 && code.compareTo("GM5349") <= 0);
		assertThat(this.jdbc.sql("select count(*) from source where kind = 'EXAMPLE'").query(Integer.class).single())
			.isZero();
	}

}
