package nl.wijkatlas.geodata.fetch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.area.BundledAreas;
import nl.wijkatlas.geodata.area.ImportResult;
import nl.wijkatlas.geodata.area.load.AreaLoader;
import nl.wijkatlas.geodata.support.ScratchDatabase;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ./wijkatlas fetch} against local stand-ins for PDOK and CBS that answer in the
 * shapes the services document (fixtures: Geldrop-Mierlo, see
 * {@code src/test/resources/fetch/README.md}), into a scratch database: the exact
 * requests, one transaction, idempotence, suppressed figures, retries, failures that
 * leave the database as it was, later and earlier years, and the offline path.
 */
class GemeenteFetchTest {

	private static final String GM = "GM1771";

	private static final String WFS = "/cbs/wijkenbuurten/2024/wfs/v1_0";

	private static final String FILTER = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
			+ "<fes:PropertyIsEqualTo><fes:ValueReference>gemeentecode</fes:ValueReference>"
			+ "<fes:Literal>GM1771</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";

	private static final String CBS_FILTER = "startswith(WijkenEnBuurten,'GM1771') or "
			+ "startswith(WijkenEnBuurten,'WK1771') or startswith(WijkenEnBuurten,'BU1771')";

	private static ScratchDatabase database;

	private StandIns standIns;

	private final List<Duration> waits = new ArrayList<>();

	@BeforeAll
	static void createScratchDatabase() {
		database = ScratchDatabase.create("fetch");
	}

	@AfterAll
	static void dropScratchDatabase() {
		database.close();
	}

	@BeforeEach
	void start() {
		database.reset();
		this.standIns = new StandIns();
	}

	@AfterEach
	void stop() {
		this.standIns.close();
	}

	@Test
	void shouldFetchAGemeenteInOneTransactionAskingExactlyWhatTheServicesDocument() {
		FetchResult result = fetch(2024);

		assertThat(this.standIns.requests()).hasSize(7);
		assertThat(wfs(0)).isEqualTo(wfsParameters("wijkenbuurten:buurten", 0));
		assertThat(wfs(1)).isEqualTo(wfsParameters("wijkenbuurten:buurten", 10));
		assertThat(wfs(2)).isEqualTo(wfsParameters("wijkenbuurten:wijken", 0));
		assertThat(this.standIns.requests().get(0)).startsWith(WFS + "?service=WFS&version=2.0.0&request=GetFeature"
				+ "&typeNames=wijkenbuurten%3Abuurten&outputFormat=application%2Fjson&srsName=EPSG%3A28992"
				+ "&count=10&startIndex=0&filter=%3Cfes%3AFilter%20xmlns%3Afes%3D");
		assertThat(this.standIns.requests().subList(3, 7)).containsExactly(
				"/ODataApi/odata/85984NED/TableInfos?$format=json",
				"/ODataApi/odata/85984NED/DataProperties?$format=json",
				"/ODataApi/odata/85984NED/TypedDataSet?$format=json&$filter=" + Query.encode(CBS_FILTER),
				"/ODataApi/odata/85984NED/TypedDataSet?$format=json&$filter=" + Query.encode(CBS_FILTER)
						+ "&$skiptoken=10");
		assertThat(StandIns.parameters(this.standIns.requests().get(5).split("\\?", 2)[1])).containsEntry("$filter",
				CBS_FILTER);

		assertThat(result.mode()).isEqualTo(AreaLoader.Mode.NEWEST);
		assertThat(result.areas().summary())
			.startsWith("GM1771 Geldrop-Mierlo (2024): GEMEENTE=1 STADSDEEL=0 " + "WIJK=2 BUURT=15; changed");
		assertThat(result.notes()).contains("left out 1 water buurten (water = JA)");
		assertThat(database.number("select count(*) from area a join area_boundary b on b.area_code = a.code "
				+ "and b.is_current and b.boundary_year = 2024 where a.gemeente_code = 'GM1771'"))
			.isEqualTo(18);
		assertThat(database.string("select source_id from area where code = 'BU17710005'"))
			.isEqualTo("pdok-cbs-wijkenbuurten-2024-gm1771");
		assertThat(database.string("select url from source where id = 'pdok-cbs-wijkenbuurten-2024-gm1771'"))
			.isEqualTo(this.standIns.base() + WFS);

		// Real CBS 85984NED figures of the gemeente and its wijken; the buurt rows are
		// synthetic (fixture README).
		assertThat(figure("AantalInwoners_5", "GM1771")).isEqualTo("PRESENT 40733");
		assertThat(figure("AantalInwoners_5", "WK177100")).isEqualTo("PRESENT 29480");
		assertThat(figure("OppervlakteWater_124", "WK177101")).isEqualTo("PRESENT 18");
		assertThat(figure("AantalInwoners_5", "BU17710005")).isEqualTo("PRESENT 4480");
		assertThat(figure("Bevolkingsdichtheid_34", "BU17710009")).isEqualTo("SUPPRESSED null");
		assertThat(figure("Mannen_6", "BU17710009")).isEqualTo("SUPPRESSED null");
		assertThat(figure("Woningvoorraad_35", "BU17710008")).isEqualTo("MISSING null");
		assertThat(result.figures().figures()).isEqualTo(18 * 8);
		assertThat(database.string("select string_agg(code, ',' order by code) from indicator"))
			.as("the numeric columns of DataProperties; names, codes and postcode left out")
			.isEqualTo("AantalInwoners_5,Bevolkingsdichtheid_34,Mannen_6,OppervlakteLand_123,"
					+ "OppervlakteTotaal_122,OppervlakteWater_124,Vrouwen_7,Woningvoorraad_35");
		assertThat(database.string("select label || ' | ' || unit || ' | ' || theme || ' | ' || description "
				+ "from indicator where code = 'Bevolkingsdichtheid_34'"))
			.isEqualTo("Bevolkingsdichtheid | aantal inwoners per km² | bevolking | Het (niet afgeronde) aantal "
					+ "inwoners per km² land is bepaald door het (niet afgeronde) aantal inwoners op 1 januari te "
					+ "delen door de (niet afgeronde) landoppervlakte. \nDe bevolkingsdichtheid is opgenomen "
					+ "indien er 10 of meer inwoners in de buurt voorkomen.");
		assertThat(database.string("select theme from indicator where code = 'Mannen_6'")).isEqualTo("bevolking");
		assertThat(database.string("select theme from indicator where code = 'Woningvoorraad_35'"))
			.isEqualTo("wonen en vastgoed");
		String dataUrl = typedDataSet("85984NED") + Query.encode(CBS_FILTER);
		assertThat(database.string("select distinct s.kind || ' | ' || s.title || ' | ' || s.url || ' | ' || s.year "
				+ "from indicator_value v join source s on s.id = v.source_id"))
			.as("each figure cites the table, its modification date, the division's year and the request")
			.isEqualTo("DATASET | CBS StatLine 85984NED Kerncijfers wijken en buurten 2024 (table modified "
					+ "2025-03-27; wijk- en buurtindeling 2024) | " + dataUrl + " | 2024");
		assertThat(database.string("select distinct dataset from indicator_value"))
			.isEqualTo("indicators/cbs-85984NED-GM1771.json");

		String before = database.fingerprint();
		FetchResult again = fetch(2024);
		assertThat(again.areas().skipped()).isTrue();
		assertThat(again.figures().skipped()).isTrue();
		assertThat(database.fingerprint()).as("a second identical fetch changes nothing").isEqualTo(before);
	}

	@Test
	void shouldPageTheWfsByShortPagesWhenItDoesNotSayHowManyMatch() {
		this.standIns.withoutNumberMatched();
		fetch(2024);
		assertThat(this.standIns.requests().subList(0, 3)).extracting((request) -> wfsOf(request).get("startIndex"))
			.containsExactly("0", "10", "0");
		assertThat(database.number("select count(*) from area where level = 'BUURT'")).isEqualTo(15);
	}

	@Test
	void shouldWaitWhatA429AsksThenBackOffExponentiallyAndSucceed() {
		this.standIns.fail("/85984NED/TableInfos", 1, 429, Map.of("Retry-After", "7"), "{\"message\":\"slow down\"}");
		this.standIns.fail("startIndex=10", 2, 503, Map.of(), "<html>Service Unavailable</html>");

		FetchResult result = fetch(2024);

		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(7));
		assertThat(this.standIns.requests()).hasSize(10);
		assertThat(this.standIns.requests().stream().filter((request) -> request.contains("TableInfos"))).hasSize(2);
		assertThat(result.figures().figures()).isEqualTo(18 * 8);
	}

	@Test
	void shouldGiveUpOnAServiceThatKeepsFailingMidWayAndLeaveTheDatabaseAsItWas() {
		fetch(2024);
		String before = database.fingerprint();
		this.standIns.fail("/86165NED/TypedDataSet", 99, 500, Map.of(), "Internal Server Error");

		assertThatThrownBy(() -> fetch(2025)).isInstanceOf(FetchException.class)
			.hasMessageStartingWith("CBS answered 500 to " + typedDataSet("86165NED"))
			.hasMessageContaining(" 5 times; nothing was written");
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(8));
		assertThat(database.fingerprint()).isEqualTo(before);

		this.standIns.fail("/2025/wfs/v1_0?", 99, 502, Map.of(), "");
		assertThatThrownBy(() -> fetch(2025)).hasMessageStartingWith("PDOK answered 502 to ");
		assertThat(database.fingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRollBackTheBoundariesWhenTheFiguresOfTheSameTransactionAreRefused() {
		String empty = database.fingerprint();
		// The second page repeats a row of the first, as a paging bug would.
		JsonNode second = JsonMapper.builder().build().readTree(StandIns.fixture("cbs/85984NED/TypedDataSet-2.json"));
		JsonNode first = JsonMapper.builder().build().readTree(StandIns.fixture("cbs/85984NED/TypedDataSet-1.json"));
		((ArrayNode) second.get("value")).add(first.get("value").get(4));
		this.standIns.answer("$skiptoken=10", second.toString());

		assertThatThrownBy(() -> fetch(2024)).isInstanceOf(ImportException.class)
			.hasMessageContaining("duplicate figure: AantalInwoners_5 for BU17710001 in 2024");
		assertThat(database.fingerprint()).as("the areas written before the figures were rolled back too")
			.isEqualTo(empty);
	}

	@Test
	void shouldNameTheUrlOfAMalformedPage() {
		assertThatTheFetchFailsAnswered("$skiptoken=10", "{\"odata.metadata\": \"x\", \"value\": [{\"ID\": 1, ")
			.hasMessageStartingWith("Malformed answer from CBS to " + typedDataSet("85984NED"))
			.hasMessageContaining("$skiptoken=10: not JSON");

		assertThatTheFetchFailsAnswered("/wfs/v1_0?",
				"<?xml version=\"1.0\"?><ows:ExceptionReport><ows:Exception "
						+ "exceptionCode=\"InvalidParameterValue\"/></ows:ExceptionReport>")
			.hasMessageStartingWith("Malformed answer from PDOK to " + this.standIns.base() + WFS + "?service=WFS")
			.hasMessageContaining("it begins: <?xml version=\"1.0\"?><ows:ExceptionReport>");
		assertThat(database.number("select count(*) from area")).isZero();
	}

	@Test
	void shouldRefuseATableWithoutRowsOfTheGemeente() {
		assertThatTheFetchFailsAnswered("/TypedDataSet", "{\"odata.metadata\": \"x\", \"value\": []}")
			.hasMessageStartingWith("CBS table 85984NED has no rows of GM1771 (" + typedDataSet("85984NED"))
			.hasMessageEndingWith("): is the gemeente code right, and did it exist in 2024? Nothing was written");
		assertThat(database.number("select count(*) from area")).isZero();
	}

	@Test
	void shouldSayWhenPdokCannotBeReachedAndWhatToDoInstead() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		FetchSettings offline = this.standIns.settings()
			.withPdokUrl("http://127.0.0.1:" + closed + "/cbs/wijkenbuurten/{year}/wfs/v1_0");

		assertThatThrownBy(
				() -> new GemeenteFetch(database.dataSource(), offline, http(offline)).fetch(FetchRequest.of(GM, 2024)))
			.isInstanceOf(FetchException.class)
			.hasMessage("PDOK not reachable (127.0.0.1:" + closed + ": connection refused): use --from FILE with a "
					+ "downloaded CBS Wijk- en Buurtkaart GeoPackage. Nothing was written");
		assertThat(this.waits).as("an absent network is not retried").isEmpty();
		assertThat(database.number("select count(*) from area")).isZero();
	}

	@Test
	void shouldAddALaterYearAsNewPeriodsAndKeepEveryBoundaryVersion() {
		fetch(2024);
		FetchResult later = fetch(2025);

		assertThat(later.mode()).isEqualTo(AreaLoader.Mode.NEWEST);
		assertThat(later.notes())
			.contains("CBS column OppervlakteTotaal_115 continues indicator OppervlakteTotaal_122");
		assertThat(database.string("select string_agg(boundary_year || ':' || is_current, ',' order by boundary_year) "
				+ "from area_boundary where area_code = 'BU17710110'"))
			.isEqualTo("2024:false,2025:true");
		assertThat(database.number("select count(distinct md5(ST_AsEWKB(geom_rd)::text)) from area_boundary "
				+ "where area_code = 'BU17710110'"))
			.as("the merged buurt's boundary changed: both kept")
			.isEqualTo(2);
		assertThat(database.string("select string_agg(boundary_year || ':' || is_current, ',') from area_boundary "
				+ "where area_code = 'BU17710111'"))
			.as("a buurt the newer division no longer has is history, with its boundary and figures")
			.isEqualTo("2024:false");
		assertThat(
				database.string("select string_agg(period || '=' || value, ',' order by period) from indicator_value "
						+ "where indicator_code = 'AantalInwoners_5' and area_code = 'BU17710110'"))
			.isEqualTo("2024=4160,2025=7455");
		assertThat(database.string("select string_agg(period, ',' order by period) from indicator_value "
				+ "where indicator_code = 'AantalInwoners_5' and area_code = 'BU17710111'"))
			.isEqualTo("2024");
		assertThat(
				database.string("select string_agg(period || '=' || value, ',' order by period) from indicator_value "
						+ "where indicator_code = 'OppervlakteTotaal_122' and area_code = 'GM1771'"))
			.isEqualTo("2024=3139,2025=100");
		assertThat(database.number("select count(*) from indicator where code = 'OppervlakteTotaal_115'")).isZero();
		assertThat(database.number("select count(*) from area a join area_boundary b on b.area_code = a.code "
				+ "and b.is_current where a.level = 'BUURT'"))
			.isEqualTo(14);
		assertThat(database.number("select count(distinct source_id) from indicator_value")).isEqualTo(2);
	}

	@Test
	void shouldKeepAnEarlierYearAsHistoryAndEndAsInEitherOrder() {
		fetch(2024);
		fetch(2025);
		String boundaries = boundaries();
		String inhabitants = inhabitants();

		database.reset();
		fetch(2025);
		FetchResult earlier = fetch(2024);

		assertThat(earlier.mode()).isEqualTo(AreaLoader.Mode.HISTORY);
		assertThat(earlier.notes()).contains("the current division of GM1771 is of 2025; 2024 is kept as history");
		assertThat(earlier.areas().summary())
			.startsWith("GM1771 Geldrop-Mierlo (2024): GEMEENTE=1 STADSDEEL=0 " + "WIJK=2 BUURT=14");
		assertThat(boundaries()).isEqualTo(boundaries);
		assertThat(inhabitants()).isEqualTo(inhabitants);
		String before = database.fingerprint();
		assertThat(fetch(2024).areas().skipped()).isTrue();
		assertThat(database.fingerprint()).isEqualTo(before);
	}

	@Test
	void shouldFetchOfflineFromDownloadedFiles(@TempDir Path dir) throws IOException {
		Path buurten = dir.resolve("buurten.json");
		Path wijken = dir.resolve("wijken.json");
		Files.writeString(buurten, StandIns.fixture("pdok/2024/buurten.json"));
		Files.writeString(wijken, StandIns.fixture("pdok/2024/wijken.json"));
		Path table = Files.createDirectory(dir.resolve("85984NED"));
		Files.writeString(table.resolve("TableInfos.json"), StandIns.fixture("cbs/85984NED/TableInfos.json"));
		Files.writeString(table.resolve("DataProperties.json"), StandIns.fixture("cbs/85984NED/DataProperties.json"));
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode rows = (ObjectNode) json.readTree(StandIns.fixture("cbs/85984NED/TypedDataSet-1.json"));
		rows.remove("odata.nextLink");
		json.readTree(StandIns.fixture("cbs/85984NED/TypedDataSet-2.json"))
			.get("value")
			.forEach(((ArrayNode) rows.get("value"))::add);
		Files.writeString(table.resolve("TypedDataSet.json"), rows.toString());

		FetchResult result = new GemeenteFetch(database.dataSource(), this.standIns.settings(), http(null))
			.fetch(FetchRequest.of(GM, null).withFrom(List.of(wijken, buurten)).withCbsFrom(table));

		assertThat(this.standIns.requests()).isEmpty();
		assertThat(result.year()).as("the year of the saved table").isEqualTo(2024);
		assertThat(result.areas().count(nl.wijkatlas.geodata.AreaLevel.BUURT)).isEqualTo(15);
		assertThat(figure("AantalInwoners_5", "GM1771")).isEqualTo("PRESENT 40733");
		assertThat(figure("Mannen_6", "BU17710009")).isEqualTo("SUPPRESSED null");
		assertThat(database.string("select distinct s.url || ' | ' || s.note from indicator_value v "
				+ "join source s on s.id = v.source_id"))
			.isEqualTo("https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED | CBS StatLine 85984NED Kerncijfers "
					+ "wijken en buurten 2024 (table modified 2025-03-27; wijk- en buurtindeling 2024) via "
					+ table.resolve("TypedDataSet.json").toUri());
	}

	@Test
	void shouldLookUpATableThatIsNotConfiguredInTheCatalogue() {
		FetchSettings unconfigured = this.standIns.settings().withTables(Map.of());
		new GemeenteFetch(database.dataSource(), unconfigured, http(unconfigured)).fetch(FetchRequest.of(GM, 2025));
		assertThat(this.standIns.requests().get(0)).isEqualTo("/ODataCatalog/Tables?$format=json&$filter="
				+ Query.encode("Title eq 'Kerncijfers wijken en buurten 2025'") + "&$select="
				+ Query.encode("Identifier,Title,Modified"));
		assertThat(this.standIns.requests()).anyMatch((request) -> request.startsWith("/ODataApi/odata/86165NED/"));

		assertThatThrownBy(() -> new GemeenteFetch(database.dataSource(), unconfigured, http(unconfigured))
			.fetch(FetchRequest.of(GM, 2026))).isInstanceOf(FetchException.class)
			.hasMessageStartingWith("CBS has no table \"Kerncijfers wijken en buurten 2026\" (yet) in its catalogue");
	}

	@Test
	void shouldNotLetTheBundledCopyReplaceAFetchedGemeente() {
		BundledAreas.importInto(database.dataSource());
		assertThat(database.string("select count(*) from area where gemeente_code = 'GM1771' and level = 'BUURT'"))
			.isEqualTo("15");

		fetch(2025);
		List<ImportResult> bundled = BundledAreas.importInto(database.dataSource());

		assertThat(bundled.get(1).gemeenteCode()).isEqualTo(GM);
		assertThat(bundled.get(1).skipped()).isTrue();
		assertThat(database.string("select string_agg(boundary_year || ':' || is_current, ',') from area_boundary "
				+ "where area_code = 'BU17710111'"))
			.isEqualTo("2025:false");
		assertThat(database.string("select source_id from area_boundary b join area a on a.code = b.area_code "
				+ "where b.area_code = 'BU17710110' and b.is_current"))
			.isEqualTo("pdok-cbs-wijkenbuurten-2025-gm1771");
	}

	private FetchResult fetch(int year) {
		FetchSettings settings = this.standIns.settings();
		return new GemeenteFetch(database.dataSource(), settings, http(settings)).fetch(FetchRequest.of(GM, year));
	}

	private PoliteHttp http(FetchSettings settings) {
		return new PoliteHttp(((settings != null) ? settings : this.standIns.settings()).http(), this.waits::add);
	}

	private Map<String, String> wfs(int index) {
		return wfsOf(this.standIns.requests().get(index));
	}

	private static Map<String, String> wfsOf(String request) {
		assertThat(request).startsWith("/cbs/wijkenbuurten/");
		return StandIns.parameters(request.split("\\?", 2)[1]);
	}

	private static Map<String, String> wfsParameters(String layer, int startIndex) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("service", "WFS");
		parameters.put("version", "2.0.0");
		parameters.put("request", "GetFeature");
		parameters.put("typeNames", layer);
		parameters.put("outputFormat", "application/json");
		parameters.put("srsName", "EPSG:28992");
		parameters.put("count", "10");
		parameters.put("startIndex", String.valueOf(startIndex));
		parameters.put("filter", FILTER);
		return parameters;
	}

	/**
	 * The fetch of 2024, with the stand-ins answering the body to every request that
	 * contains the part, fails with a {@link FetchException}.
	 */
	private AbstractThrowableAssert<?, ? extends Throwable> assertThatTheFetchFailsAnswered(String part, String body) {
		this.standIns.answer(part, body);
		return assertThatThrownBy(() -> fetch(2024)).isInstanceOf(FetchException.class);
	}

	/** The URL of a CBS table's figures up to its {@code $filter} value. */
	private String typedDataSet(String table) {
		return this.standIns.cbsUrl() + table + "/TypedDataSet?$format=json&$filter=";
	}

	private static String figure(String indicator, String area) {
		return database.string("select status || ' ' || coalesce(value::text, 'null') from indicator_value where "
				+ "indicator_code = '" + indicator + "' and area_code = '" + area + "' and period = '2024'");
	}

	private static String boundaries() {
		return database.string("select md5(string_agg(area_code || boundary_year || is_current "
				+ "|| md5(ST_AsEWKB(geom_rd)::text), '|' order by area_code, boundary_year)) from area_boundary");
	}

	private static String inhabitants() {
		return database.string("select string_agg(area_code || period || status || coalesce(value::text, ''), '|' "
				+ "order by area_code, period) from indicator_value where indicator_code = 'AantalInwoners_5'");
	}

}
