package nl.wijkatlas.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.area.AreaImporter;
import nl.wijkatlas.geodata.area.ImportOptions;
import nl.wijkatlas.geodata.gebied.GebiedImporter;
import nl.wijkatlas.geodata.indicator.IndicatorImportOptions;
import nl.wijkatlas.geodata.indicator.IndicatorImporter;
import nl.wijkatlas.support.Tokens;
import nl.wijkatlas.support.WijkatlasIntegrationTest;
import nl.wijkatlas.support.Http;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Runs the bad input corpus in {@code src/test/resources/bad-input} (see its README):
 * every GraphQL document, initiative location and import file in it is refused with a
 * clear error, and a checksum over every table is the same before and after.
 */
@WijkatlasIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusIntegrationTest {

	private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

	private static final Path WIJKEN = Path.of("..", "geodata", "datasets", "cbs", "zwolle_wijken_2025_rd.geojson");

	private static final String CREATE_INITIATIVE = """
			mutation($input: InitiativeInput!) {
			  createInitiative(input: $input) { initiative { id } errors { code field message } }
			}""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Http http;

	@TestFactory
	Stream<DynamicTest> graphQlDocumentsAndVariables(CapturedOutput output) throws IOException {
		JsonNode cases = Http.JSON.readTree(Files.readString(CORPUS.resolve("graphql/cases.json")));
		return cases.valueStream().map((c) -> DynamicTest.dynamicTest(c.at("/name").asString(), () -> {
			int logged = output.length();
			Http.Response response = unchanged(() -> send(c));
			String raw = response.raw().body();
			String log = output.toString().substring(logged);
			assertThat(log).as("the log of a refused request: no stack trace").doesNotContain("\tat ");
			assertThat(log.lines().count()).as("the log of a refused request: one line at most").isLessThanOrEqualTo(1);
			if (c.has("payloadError")) {
				assertThat(response.status()).as(raw).isEqualTo(200);
				JsonNode payload = response.body().at("/data").values().iterator().next();
				assertThat(payload.at("/errors/0/code").asString()).as(raw)
					.isEqualTo(c.at("/payloadError/code").asString());
				assertThat(
						String.join(".", payload.at("/errors/0/field").valueStream().map(JsonNode::asString).toList()))
					.as(raw)
					.isEqualTo(c.at("/payloadError/field").asString());
				return;
			}
			if (c.has("status")) {
				assertThat(response.status()).as(raw).isEqualTo(c.at("/status").asInt());
			}
			if (c.has("code")) {
				assertThat(response.code()).as(raw).isEqualTo(c.at("/code").asString());
			}
			if (c.has("argument")) {
				assertThat(response.body().at("/errors/0/extensions/argument").asString()).as("the field named: " + raw)
					.isEqualTo(c.at("/argument").asString());
			}
			if (response.status() == 200) {
				assertThat(response.body().at("/errors").size()).as(raw).isPositive();
			}
			Http.assertNoLeak(response);
		}));
	}

	@TestFactory
	Stream<DynamicTest> initiativeLocations() throws IOException {
		String admin = Tokens.admin("corpus");
		return files("locations").map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			Object location = Http.JSON.readValue(Files.readString(file), Object.class);
			Http.Response response = unchanged(() -> this.http.graphqlAs(admin, CREATE_INITIATIVE,
					Map.of("input", Map.of("title", "Corpus", "location", location))));
			JsonNode payload = response.body().at("/data/createInitiative");
			String code = payload.isMissingNode() || payload.isNull()
					? response.body().at("/errors/0/extensions/code").asString()
					: payload.at("/errors/0/code").asString();
			assertThat(code).as(response.body().toString()).isIn("INVALID", "BAD_USER_INPUT");
		}));
	}

	@TestFactory
	Stream<DynamicTest> importFiles() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		files("figures").forEach((file) -> tests
			.add(refused("figures/" + file.getFileName(), file, () -> new IndicatorImporter(this.dataSource)
				.importFiles(List.of(InputFile.of(file)), IndicatorImportOptions.defaults()))));
		files("gebieden").forEach((file) -> tests.add(refused("gebieden/" + file.getFileName(), file,
				() -> new GebiedImporter(this.dataSource).importFile(InputFile.of(file), false))));
		files("areas").forEach((file) -> tests.add(refused("areas/" + file.getFileName(), file,
				() -> new AreaImporter(this.dataSource).importFiles(List.of(file, WIJKEN), ImportOptions.defaults()))));
		return tests.stream();
	}

	private DynamicTest refused(String name, Path file, Runnable importer) {
		return DynamicTest.dynamicTest(name, () -> {
			Throwable thrown = unchanged(() -> catchThrowable(importer::run));
			assertThat(thrown).as(name + " was imported").isInstanceOf(ImportException.class);
			assertThat(thrown.getMessage()).as("the error names the file").contains(file.getFileName().toString());
		});
	}

	private Http.Response send(JsonNode c) {
		if (c.has("rawBody")) {
			return this.http.post("/graphql", c.at("/rawBody").asString());
		}
		String document;
		if (c.has("generate")) {
			JsonNode g = c.at("/generate");
			StringBuilder text = new StringBuilder(g.at("/prefix").asString());
			for (int i = 0; i < g.at("/times").asInt(); i++) {
				text.append(g.at("/repeat").asString().replace("%d", Integer.toString(i)));
			}
			document = text.append(g.at("/suffix").asString()).toString();
		}
		else {
			document = c.at("/document").asString();
			if (document.startsWith("@")) {
				document = read(CORPUS.resolve("graphql").resolve(document.substring(1)));
			}
		}
		Map<String, Object> variables = c.has("variables") ? Http.JSON.convertValue(c.at("/variables"), Map.class)
				: null;
		if (c.has("token")) {
			String token = c.at("/token").asString().equals("admin") ? Tokens.admin("corpus")
					: Tokens.wijkmanager("corpus", c.at("/token").asString());
			return this.http.graphql(document, variables, "Authorization", "Bearer " + token);
		}
		return this.http.graphql(document, variables);
	}

	/** Runs the action and checks that no table changed. */
	private <T> T unchanged(Supplier<T> action) {
		String before = checksum();
		T result = action.get();
		assertThat(checksum()).as("a checksum over every table").isEqualTo(before);
		return result;
	}

	private String checksum() {
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not in ('spatial_ref_sys', 'flyway_schema_history')
				order by table_name
				""").query(String.class).list();
		StringBuilder sums = new StringBuilder();
		for (String table : tables) {
			sums.append(table)
				.append('=')
				.append(this.jdbc
					.sql("select coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from \"" + table
							+ "\" t")
					.query(String.class)
					.single())
				.append('\n');
		}
		return sums.toString();
	}

	private static Stream<Path> files(String folder) throws IOException {
		try (Stream<Path> list = Files.list(CORPUS.resolve(folder))) {
			return list.sorted().toList().stream();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
