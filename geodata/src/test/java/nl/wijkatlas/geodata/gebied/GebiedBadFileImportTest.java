package nl.wijkatlas.geodata.gebied;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.area.BundledZwolle;
import nl.wijkatlas.geodata.support.Refusals;
import nl.wijkatlas.geodata.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A refused gebieden file leaves every table as it was. */
class GebiedBadFileImportTest {

	private static DataSource dataSource;

	@BeforeAll
	static void importZwolleAndItsGebieden() {
		dataSource = TestDatabase.dataSource();
		BundledZwolle.importInto(dataSource);
		BundledGebieden.importInto(dataSource);
	}

	@Test
	void shouldRejectAnUnknownBuurtAndAnUnknownGemeenteWithTheirLines() {
		InputFile file = new InputFile("gebieden.csv",
				("code,name,buurt_codes,approximate,source\n"
						+ "GB0193_STADSHAGEN,Stadshagen,BU01932200 BU01939999,false,Gemeente Zwolle\n"
						+ "GB0193_NIEUW,Nieuw,BU01931000,false,Gemeente Zwolle\n")
					.getBytes(StandardCharsets.UTF_8));

		ImportException refused = Refusals.refused(GebiedTables::fingerprint,
				() -> new GebiedImporter(dataSource).importFile(file, true));

		assertThat(refused.problems()).extracting(Problem::toString)
			.containsExactly(
					"gebieden.csv: line 2: unknown buurt BU01939999: not in the database with a current " + "boundary");
	}

	@Test
	void shouldRefuseToDropAGebiedThatFiguresStillReference() {
		String before = GebiedTables.fingerprint();
		InputFile withoutOldeneel = new InputFile("gebieden.csv",
				"code,name,buurt_codes,approximate,source\nGB0193_STADSHAGEN,Stadshagen,BU01932200,false,x\n"
					.getBytes(StandardCharsets.UTF_8));
		TestDatabase.execute("insert into indicator (code, label, source_id, value_kind) values ('test_gebied_ref', "
				+ "'t', 'derived-gebied-union-of-buurten', 'NUMBER') on conflict do nothing");
		TestDatabase.execute("insert into indicator_value (indicator_code, area_code, period, value, status, "
				+ "source_id, dataset) values ('test_gebied_ref', 'GB0193_SPOORZONE', '2020', 1, 'PRESENT', "
				+ "'derived-gebied-union-of-buurten', 'test')");
		try {
			String withReference = GebiedTables.fingerprint();
			ImportException refused = catchThrowableOfType(ImportException.class,
					() -> new GebiedImporter(dataSource).importFile(withoutOldeneel, true));

			assertThat(refused.getMessage()).startsWith("Cannot remove gebied GB0193_BVB_KAMPERPOORT, "
					+ "GB0193_BVB_OLDENEEL, GB0193_HOLTENBROEK, GB0193_SPOORZONE, GB0193_STADSHART");
			assertThat(GebiedTables.fingerprint()).isEqualTo(withReference);
		}
		finally {
			TestDatabase.execute("delete from indicator where code = 'test_gebied_ref'");
		}
		assertThat(GebiedTables.fingerprint()).isEqualTo(before);
	}

}
