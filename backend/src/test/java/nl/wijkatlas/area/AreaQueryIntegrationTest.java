package nl.wijkatlas.area;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The area API against the real PostGIS with the bundled Zwolle data imported at
 * start-up.
 */
@WijkatlasIntegrationTest
class AreaQueryIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldReturnHoltenbroekIvForThePointInTheIssue() {
		this.graphQl.documentName("areaAt")
			.variable("lon", 6.0889)
			.variable("lat", 52.5218)
			.execute()
			.path("areaAt.code")
			.entity(String.class)
			.isEqualTo("BU01933000")
			.path("areaAt.name")
			.entity(String.class)
			.isEqualTo("Holtenbroek IV")
			.path("areaAt.parent.code")
			.entity(String.class)
			.isEqualTo("WK019330");
	}

	@Test
	void shouldFindTheWijkAndStadsdeelOfAPointWhenAskedForThoseLevels() {
		this.graphQl.documentName("areaAt")
			.variable("lon", 6.0889)
			.variable("lat", 52.5218)
			.variable("level", "WIJK")
			.execute()
			.path("areaAt.code")
			.entity(String.class)
			.isEqualTo("WK019330");
		this.graphQl.documentName("areaAt")
			.variable("lon", 6.0889)
			.variable("lat", 52.5218)
			.variable("level", "GEMEENTE")
			.execute()
			.path("areaAt.code")
			.entity(String.class)
			.isEqualTo("GM0193");
	}

	@Test
	void shouldReturnNullForAPointOutsideZwolle() {
		this.graphQl.documentName("areaAt")
			.variable("lon", 4.8952)
			.variable("lat", 52.3702)
			.execute()
			.path("areaAt")
			.valueIsNull();
	}

	@Test
	void shouldCountEveryLevelOfZwolle() {
		assertThat(totalCount("GEMEENTE")).isEqualTo(1);
		assertThat(totalCount("STADSDEEL")).isEqualTo(5);
		assertThat(totalCount("WIJK")).isEqualTo(16);
		assertThat(totalCount("BUURT")).isEqualTo(78);
	}

	@Test
	void shouldCloseTheHierarchyFromEveryBuurtUpToOneGemeente() {
		List<Map<String, Object>> buurten = this.graphQl.documentName("hierarchy")
			.variable("first", 100)
			.execute()
			.path("areas.edges[*].node")
			.entityList(JSON_OBJECT)
			.hasSize(78)
			.get();
		for (Map<String, Object> buurt : buurten) {
			String code = (String) buurt.get("code");
			Map<?, ?> wijk = (Map<?, ?>) buurt.get("parent");
			assertThat(wijk.get("code")).as("wijk of %s", code).isEqualTo("WK" + code.substring(2, 8));
			Map<?, ?> stadsdeel = (Map<?, ?>) wijk.get("parent");
			assertThat((String) stadsdeel.get("code")).as("stadsdeel of %s", code).startsWith("SD0193_");
			assertThat(((Map<?, ?>) stadsdeel.get("parent")).get("code")).isEqualTo("GM0193");
			List<String> levels = ((List<?>) buurt.get("ancestors")).stream()
				.map((a) -> (String) ((Map<?, ?>) a).get("level"))
				.toList();
			assertThat(levels).as("ancestors of %s", code).containsExactly("GEMEENTE", "STADSDEEL", "WIJK");
		}
	}

	@Test
	void shouldPageThroughAllBuurtenWithCursors() {
		Set<String> seen = new HashSet<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			GraphQlTester.Response response = this.graphQl.documentName("areasPage")
				.variable("level", "BUURT")
				.variable("gemeente", "GM0193")
				.variable("first", 10)
				.variable("after", after)
				.execute();
			List<String> codes = response.path("areas.edges[*].node.code").entityList(String.class).get();
			assertThat(codes).isSortedAccordingTo(String::compareTo).allMatch(seen::add);
			hasNext = response.path("areas.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("areas.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(seen).hasSize(78);
		assertThat(pages).isEqualTo(8);
	}

	@Test
	void shouldListTheChildrenOfAParent() {
		this.graphQl.documentName("areasPage")
			.variable("parent", "WK019330")
			.execute()
			.path("areas.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("areas.edges[*].node.code")
			.entityList(String.class)
			.containsExactly("BU01933000", "BU01933010", "BU01933020", "BU01933030");
	}

	@Test
	void shouldDescribeAWijkWithGeometryInWgs84AndItsProvenance() {
		GraphQlTester.Response response = this.graphQl.documentName("areaProfile")
			.variable("code", "WK019330")
			.execute();
		response.path("area.name").entity(String.class).isEqualTo("Wijk 30 Holtenbroek");
		response.path("area.boundaryYear").entity(Integer.class).isEqualTo(2025);
		response.path("area.source.licence").entity(String.class).isEqualTo("CC BY 4.0");
		response.path("area.source.kind").entity(String.class).isEqualTo("DERIVED");
		response.path("area.source.attribution").entity(String.class).satisfies((attribution) -> {
			assertThat(attribution).startsWith("Kadaster / Centraal Bureau voor de Statistiek");
		});
		response.path("area.children[*].code").entityList(String.class).hasSize(4);
		response.path("area.ancestors[*].code").entityList(String.class).containsExactly("GM0193", "SD0193_NOORD");
		response.path("area.membership.provisional").entity(Boolean.class).isEqualTo(true);
		Map<String, Object> geometry = response.path("area.geometry").entity(JSON_OBJECT).get();
		assertThat(geometry.get("type")).isEqualTo("MultiPolygon");
		List<Double> bbox = response.path("area.bbox").entityList(Double.class).get();
		assertThat(bbox.get(0)).isBetween(6.0, 6.2);
		assertThat(bbox.get(1)).isBetween(52.4, 52.6);
		double km2 = response.path("area.areaKm2").entity(Double.class).get();
		assertThat(km2).isBetween(0.5, 10.0);
		double rounding = 1e-6;
		for (List<Double> position : positions(geometry)) {
			assertThat(position.get(0)).isBetween(bbox.get(0) - rounding, bbox.get(2) + rounding);
			assertThat(position.get(1)).isBetween(bbox.get(1) - rounding, bbox.get(3) + rounding);
		}
	}

	@Test
	void shouldSimplifyGeometryWhenAskedWithoutLosingTheArea() {
		Map<String, Object> full = this.graphQl.documentName("areaProfile")
			.variable("code", "GM0193")
			.execute()
			.path("area.geometry")
			.entity(JSON_OBJECT)
			.get();
		Map<String, Object> simplified = this.graphQl.documentName("areaProfile")
			.variable("code", "GM0193")
			.variable("simplify", 250.0)
			.execute()
			.path("area.geometry")
			.entity(JSON_OBJECT)
			.get();
		assertThat(simplified.get("type")).isEqualTo("MultiPolygon");
		assertThat(positions(simplified).size()).isLessThan(positions(full).size()).isGreaterThan(3);
	}

	@Test
	void shouldCiteTheSourceOfAStatedStadsdeelAndFlagAProvisionalOne() {
		GraphQlTester.Response diezerpoort = this.graphQl.documentName("areaProfile")
			.variable("code", "WK019311")
			.execute();
		diezerpoort.path("area.membership.provisional").entity(Boolean.class).isEqualTo(false);
		diezerpoort.path("area.parent.code").entity(String.class).isEqualTo("SD0193_OOST");
		diezerpoort.path("area.membership.source.url").entity(String.class).satisfies((url) -> {
			assertThat(url).contains("diezerpoorter.nl");
		});
		GraphQlTester.Response wipstrik = this.graphQl.documentName("areaProfile")
			.variable("code", "WK019312")
			.execute();
		wipstrik.path("area.membership.provisional").entity(Boolean.class).isEqualTo(true);
		wipstrik.path("area.membership.note").entity(String.class).satisfies((note) -> {
			assertThat(note).containsIgnoringCase("adjacency");
		});
	}

	private int totalCount(String level) {
		return this.graphQl.documentName("areasPage")
			.variable("level", level)
			.variable("gemeente", "GM0193")
			.variable("first", 0)
			.execute()
			.path("areas.totalCount")
			.entity(Integer.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<List<Double>> positions(Map<?, ?> multiPolygon) {
		List<List<Double>> result = new ArrayList<>();
		for (Object polygon : (List<Object>) multiPolygon.get("coordinates")) {
			for (Object ring : (List<Object>) polygon) {
				for (Object position : (List<Object>) ring) {
					List<Number> xy = (List<Number>) position;
					result.add(List.of(xy.get(0).doubleValue(), xy.get(1).doubleValue()));
				}
			}
		}
		return result;
	}

}
