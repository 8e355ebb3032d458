package nl.wijkatlas.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.wijkatlas.geodata.DatabaseUrl;
import nl.wijkatlas.geodata.fetch.StandIns;
import nl.wijkatlas.support.ImportCommandProcess;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./wijkatlas fetch} end to end: the import program runs in a process of its own,
 * as the script starts it, against local stand-ins for PDOK and CBS (the geodata tests'
 * {@link StandIns} with their fixtures: Geldrop-Mierlo), into a scratch database of its
 * own that this test's application serves; then the GraphQL API shows the fetched
 * gemeente's buurten with their CBS figures. The scheduled fetch, configured here, then
 * picks up the newer year.
 */
@WijkatlasIntegrationTest(properties = { "wijkatlas.import-bundled=false", "wijkatlas.fetch.schedule=0 0 4 1 1 *",
		"wijkatlas.fetch.gemeenten=GM1771" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FetchEndToEndIntegrationTest {

	private static final StandIns STAND_INS = new StandIns();

	private static final String TEST_URL = (System.getenv("DATABASE_URL") != null
			&& !System.getenv("DATABASE_URL").isBlank()) ? System.getenv("DATABASE_URL")
					: "postgres://wijkatlas:wijkatlas@localhost:55432/wijkatlas_test";

	private static final String SCRATCH = DatabaseUrl.parse(TEST_URL)
		.jdbcUrl()
		.replaceFirst(".*/", "")
		.replaceFirst("\\?.*", "") + "_fetch_e2e";

	private static final String SCRATCH_URL = TEST_URL.substring(0, TEST_URL.lastIndexOf('/') + 1) + SCRATCH;

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	FetchSchedule schedule;

	@TempDir
	Path directory;

	@DynamicPropertySource
	static void scratchDatabaseAndStandIns(DynamicPropertyRegistry registry) throws Exception {
		execute(TEST_URL, "drop database if exists " + SCRATCH + " with (force)");
		execute(TEST_URL, "create database " + SCRATCH);
		DatabaseUrl scratch = DatabaseUrl.parse(SCRATCH_URL);
		// SPRING_DATASOURCE_URL keeps DATABASE_URL (the shared test database) from
		// overriding this test's own.
		registry.add("SPRING_DATASOURCE_URL", scratch::jdbcUrl);
		registry.add("spring.datasource.url", scratch::jdbcUrl);
		registry.add("spring.datasource.username", scratch::user);
		registry.add("spring.datasource.password", scratch::password);
		registry.add("wijkatlas.fetch.pdok-url", STAND_INS::pdokUrl);
		registry.add("wijkatlas.fetch.cbs-url", STAND_INS::cbsUrl);
	}

	@AfterAll
	static void dropScratchDatabase() throws Exception {
		STAND_INS.close();
		execute(TEST_URL, "drop database if exists " + SCRATCH + " with (force)");
	}

	@Test
	@Order(1)
	void shouldFetchAGemeenteWithTheCommandAndServeItsBuurtenWithTheirFigures() throws Exception {
		Path log = this.directory.resolve("fetch.log");
		Process fetch = start(log, "--gemeente", "GM1771", "--year", "2024", "--pdok-url", STAND_INS.pdokUrl(),
				"--cbs-url", STAND_INS.cbsUrl());
		assertThat(fetch.waitFor(180, TimeUnit.SECONDS)).as("the fetch command ended").isTrue();
		String output = Files.readString(log);
		assertThat(fetch.exitValue()).as("exit code; output:\n%s", output).isZero();
		assertThat(output).contains("Fetched GM1771 2024 (the current division) in 6 requests")
			.contains("areas: GM1771 Geldrop-Mierlo (2024): GEMEENTE=1 STADSDEEL=0 WIJK=2 BUURT=15; changed")
			.contains("figures (CBS 85984NED): 1 dataset: 8 indicators, 144 figures")
			.as("every request is logged with its URL")
			.contains("PDOK GET " + STAND_INS.base() + "/cbs/wijkenbuurten/2024/wfs/v1_0?service=WFS")
			.contains("CBS GET " + STAND_INS.base() + "/ODataApi/odata/85984NED/TypedDataSet?$format=json&$filter=");
		assertThat(STAND_INS.requests()).hasSize(6);

		List<Map<String, Object>> buurten = buurten("2024");
		assertThat(buurten).hasSize(15);
		Map<String, Object> braakhuizenZuid = buurten.stream()
			.filter((buurt) -> "BU17710005".equals(buurt.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(braakhuizenZuid).containsEntry("name", "Braakhuizen-Zuid").containsEntry("boundaryYear", 2024);
		assertThat(figures(braakhuizenZuid)).containsExactly("AantalInwoners_5=4480.0 PRESENT",
				"Bevolkingsdichtheid_34=2240.0 PRESENT");
		Map<String, Object> buitengebied = buurten.stream()
			.filter((buurt) -> "BU17710009".equals(buurt.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(figures(buitengebied)).as("a suppressed CBS figure is SUPPRESSED, never 0")
			.containsExactly("AantalInwoners_5=295.0 PRESENT", "Bevolkingsdichtheid_34=null SUPPRESSED");
		Map<String, Object> value = values(braakhuizenZuid).get(0);
		@SuppressWarnings("unchecked")
		Map<String, Object> indicator = (Map<String, Object>) value.get("indicator");
		assertThat(indicator).containsEntry("label", "Aantal inwoners").containsEntry("unit", "aantal");
		@SuppressWarnings("unchecked")
		Map<String, Object> source = (Map<String, Object>) value.get("source");
		assertThat(source.get("title"))
			.as("the figure says its table, the table's date and which year's division it belongs to")
			.isEqualTo("CBS StatLine 85984NED Kerncijfers wijken en buurten 2024 (table modified 2025-03-27; "
					+ "wijk- en buurtindeling 2024)");
		assertThat((String) source.get("url"))
			.startsWith(STAND_INS.base() + "/ODataApi/odata/85984NED/TypedDataSet?$format=json&$filter=");
	}

	@Test
	@Order(2)
	void shouldLetTheScheduledFetchPickUpTheNewerYear() {
		this.schedule.fetchAll();

		List<Map<String, Object>> buurten = buurten("2025");
		assertThat(buurten).as("2025 merged Neerakkers into Mierlo-Dorp (a synthetic change)").hasSize(14);
		Map<String, Object> mierloDorp = buurten.stream()
			.filter((buurt) -> "BU17710110".equals(buurt.get("code")))
			.findFirst()
			.orElseThrow();
		assertThat(mierloDorp).containsEntry("boundaryYear", 2025);
		assertThat(figures(mierloDorp)).containsExactly("AantalInwoners_5=7455.0 PRESENT");
		assertThat(STAND_INS.requests())
			.contains("/ODataCatalog/Tables?$format=json&$filter=Title%20eq%20%27Kerncijfers%20wijken%20en%20"
					+ "buurten%202026%27&$select=Identifier%2CTitle%2CModified");
	}

	private List<Map<String, Object>> buurten(String period) {
		return this.tester.mutate()
			.header("Cache-Control", "no-cache")
			.build()
			.document("""
					query($period: String) {
					  areas(gemeente: "GM1771", level: BUURT, first: 100) {
					    edges { node { code name boundaryYear
					      indicatorValues(codes: ["AantalInwoners_5", "Bevolkingsdichtheid_34"], period: $period) {
					        indicator { code label unit } value status source { title url }
					      } } }
					  }
					}""")
			.variable("period", period)
			.execute()
			.path("areas.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> values(Map<String, Object> area) {
		return (List<Map<String, Object>>) area.get("indicatorValues");
	}

	@SuppressWarnings("unchecked")
	private static List<String> figures(Map<String, Object> area) {
		List<String> figures = new ArrayList<>();
		for (Map<String, Object> value : values(area)) {
			if ("MISSING".equals(value.get("status")) && value.get("source") == null) {
				continue;
			}
			figures.add(((Map<String, Object>) value.get("indicator")).get("code") + "=" + value.get("value") + " "
					+ value.get("status"));
		}
		return figures;
	}

	/**
	 * Starts the import program's fetch as {@code ./wijkatlas fetch} does, against the
	 * scratch database (empty until the program migrates it, unless the app got there
	 * first).
	 */
	private static Process start(Path log, String... args) throws Exception {
		return ImportCommandProcess.start(log, Map.of("DATABASE_URL", SCRATCH_URL, "SPRING_DATASOURCE_URL", ""),
				"fetch", args);
	}

	private static void execute(String url, String sql) throws Exception {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
