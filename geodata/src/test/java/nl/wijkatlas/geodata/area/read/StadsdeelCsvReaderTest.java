package nl.wijkatlas.geodata.area.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.StadsdeelMembership;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StadsdeelCsvReaderTest {

	private final Problems problems = new Problems();

	@Test
	void shouldReadTheBundledZwolleMappingWithQuotedNotes() {
		List<StadsdeelMembership> rows = read(GeoJsonFiles.text(GeoJsonFiles.STADSDELEN));

		assertThat(this.problems.list()).isEmpty();
		assertThat(rows).hasSize(11);
		StadsdeelMembership first = rows.get(0);
		assertThat(first.wijkCode()).isEqualTo("WK019310");
		assertThat(first.stadsdeelCode()).isEqualTo("SD0193_MIDDEN");
		assertThat(first.stadsdeelName()).isEqualTo("Midden");
		assertThat(first.provisional()).isFalse();
		assertThat(first.sourceUrl()).isEqualTo("https://www.zwolle.nl/wijkopgavenzwollemidden");
		assertThat(first.note()).isEqualTo("Stadsdeel Midden \"bestaat uit de binnenstad, de woonbuurten Kamperpoort, "
				+ "Assendorp, Pierik, Veerallee en Hanzeland\"");
		assertThat(rows).filteredOn(StadsdeelMembership::provisional)
			.extracting(StadsdeelMembership::wijkCode)
			.containsExactly("WK019320", "WK019330", "WK019331");
	}

	@Test
	void shouldReadLineBreaksInsideQuotesAndCrlf() {
		List<StadsdeelMembership> rows = read("wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\r\n"
				+ "WK019310,SD0193_MIDDEN,Midden,PROVISIONAL,,\"two\r\nlines\"\r\n"
				+ "WK019311,SD0193_OOST,Oost,STATED,https://example.org/oost,\r\n");

		assertThat(this.problems.list()).isEmpty();
		assertThat(rows).extracting(StadsdeelMembership::note).containsExactly("two\r\nlines", null);
		assertThat(rows.get(1).line()).isEqualTo("line 4");
	}

	@Test
	void shouldReportEveryBadRowWithItsLine() {
		read("wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\n"
				+ "WK19310,MIDDEN,,SURE,ftp://example.org,\n" + "WK019311,SD0193_OOST,Oost,STATED,,\n");

		assertThat(this.problems.list()).extracting(Problem::toString)
			.containsExactly("stadsdelen.csv: line 2: wijk_code 'WK19310' is not a wijk code (WK + 6 digits)",
					"stadsdelen.csv: line 2: stadsdeel_code 'MIDDEN' is not a stadsdeel code "
							+ "(SD + 4 digits + _ + letters/digits, e.g. SD0193_MIDDEN)",
					"stadsdelen.csv: line 2: stadsdeel_name is blank",
					"stadsdelen.csv: line 2: basis is 'SURE'; expected STATED or PROVISIONAL",
					"stadsdelen.csv: line 2: source_url 'ftp://example.org' is not an http(s) URL",
					"stadsdelen.csv: line 3: a STATED membership needs a source_url");
	}

	@Test
	void shouldReportMissingColumnsAndUnclosedQuotes() {
		read("wijk,stadsdeel\nWK019310,SD0193_MIDDEN\n");
		read("wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note\nWK019310,\"SD0193");

		assertThat(this.problems.list()).extracting(Problem::toString)
			.containsExactly(
					"stadsdelen.csv: line 1: wrong header: missing columns wijk_code, stadsdeel_code, stadsdeel_name, "
							+ "basis, source_url, note; unknown columns wijk, stadsdeel; "
							+ "expected wijk_code,stadsdeel_code,stadsdeel_name,basis,source_url,note",
					"stadsdelen.csv: malformed CSV: line 2: a quoted field is not closed");
	}

	private List<StadsdeelMembership> read(String text) {
		return new StadsdeelCsvReader().read("stadsdelen.csv", text.getBytes(StandardCharsets.UTF_8), this.problems);
	}

}
