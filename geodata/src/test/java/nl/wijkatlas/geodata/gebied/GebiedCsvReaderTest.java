package nl.wijkatlas.geodata.gebied;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GebiedCsvReaderTest {

	private static final String HEADER = "code,name,buurt_codes,approximate,note,source,alias\n";

	@Test
	void shouldReadTheBundledGebieden() {
		Problems problems = new Problems();
		List<Gebied> gebieden = new GebiedCsvReader().read(InputFile.ofResource(BundledGebieden.GEBIEDEN), problems);

		assertThat(problems.list()).isEmpty();
		assertThat(gebieden).extracting(Gebied::code)
			.containsExactly("GB0193_STADSHAGEN", "GB0193_HOLTENBROEK", "GB0193_SPOORZONE", "GB0193_STADSHART",
					"GB0193_BVB_OLDENEEL", "GB0193_BVB_KAMPERPOORT");
		assertThat(gebieden.get(0).buurtCodes()).hasSize(9);
		assertThat(gebieden).filteredOn(Gebied::approximate)
			.extracting(Gebied::code)
			.containsExactly("GB0193_STADSHAGEN", "GB0193_HOLTENBROEK", "GB0193_SPOORZONE", "GB0193_STADSHART",
					"GB0193_BVB_KAMPERPOORT");
		assertThat(gebieden.get(4).alias()).isEqualTo("BVB_OLDENEEL");
	}

	@Test
	void shouldReportEveryBadRowWithItsLine() {
		List<String> problems = read(HEADER + "GB0193_A,A,BU01931000,maybe,,Gemeente Zwolle,\n"
				+ "gb0193_b,B,BU01931000 BU0193100,false,,Gemeente Zwolle,\n"
				+ "GB0193_C,C,BU01931000 BU03631000 BU01931000,true,,,bvb-c\n"
				+ "GB0193_D,D,BU01931000,false,,Gemeente Zwolle,\n" + "GB0193_D,D again,BU01931010,false,,x,\n");

		assertThat(problems).containsExactly("gebieden.csv: line 2: approximate is 'maybe'; expected true or false",
				"gebieden.csv: line 3: code 'gb0193_b' is not a gebied code (GB + 4 digits of the gemeente + _ + "
						+ "capitals, digits or _, e.g. GB0193_SPOORZONE)",
				"gebieden.csv: line 3: buurt code 'BU0193100' is not a CBS buurt code (BU + 8 digits)",
				"gebieden.csv: line 4: buurt BU03631000 lies in gemeente GM0363, not in GM0193",
				"gebieden.csv: line 4: buurt BU01931000 is listed twice",
				"gebieden.csv: line 4: an approximate gebied needs a note saying how its buurten were chosen",
				"gebieden.csv: line 4: source is blank: cite the document or web page that names the gebied",
				"gebieden.csv: line 4: alias 'bvb-c' is not a code of capitals, digits and _",
				"gebieden.csv: line 6: duplicate code GB0193_D: line 5 has it too");
	}

	@Test
	void shouldRejectAWrongHeaderAnEmptyFileAndAnotherEncoding() {
		assertThat(read("code,naam,buurten\n")).containsExactly("gebieden.csv: line 1: wrong header: missing columns "
				+ "name, buurt_codes, approximate, source; unknown columns naam, buurten; expected "
				+ "code,name,buurt_codes,approximate,source (optional: note,alias)");
		assertThat(read("")).containsExactly("gebieden.csv: file is empty");
		assertThat(read(HEADER)).containsExactly("gebieden.csv: the file has a header but no gebieden");
		Problems problems = new Problems();
		new GebiedCsvReader().read(
				new InputFile("gebieden.csv",
						(HEADER + "GB0193_A,Caf\u00e9,BU01931000,false,,x,\n").getBytes(StandardCharsets.ISO_8859_1)),
				problems);
		assertThat(problems.list()).extracting(Problem::toString)
			.containsExactly("gebieden.csv: line 2: wrong encoding: byte 0xE9 (column 13) is not UTF-8; save the file "
					+ "as UTF-8 (it looks like Windows-1252 or Latin-1)");
	}

	private static List<String> read(String text) {
		Problems problems = new Problems();
		new GebiedCsvReader().read(new InputFile("gebieden.csv", text.getBytes(StandardCharsets.UTF_8)), problems);
		return problems.list().stream().map(Problem::toString).toList();
	}

}
