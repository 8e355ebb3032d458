package nl.wijkatlas.geodata.indicator.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorFilesTest {

	@Test
	void shouldTellTheLayoutByTheHeaderAndKeepLinesAcrossQuotedLineBreaks() {
		Problems problems = new Problems();
		ReadFiles read = IndicatorFiles.read(List.of(
				file("bundled.csv", "area_code,area_name,indicator_code,indicator_label,year,value,unit,source\n"
						+ "GM0193,Zwolle,x,\"two\nlines\",2020,1,aantal,s\nGM0193,Zwolle,y,label,2020,2,aantal,s\n"),
				file("long.csv", "area_code,indicator_code,period,value\r\nWK019311,x,2023-2024,5\r\n"),
				file("defs.csv", "indicator_code,theme,higher_is_better\nx,wonen,\n")), null, "a source", problems);

		assertThat(problems.list()).isEmpty();
		assertThat(read.values()).extracting(ValueRow::line).containsExactly("line 2", "line 4", "line 2");
		assertThat(read.values()).extracting(ValueRow::layout)
			.containsExactly(ValueRow.Layout.BUNDLED, ValueRow.Layout.BUNDLED, ValueRow.Layout.LONG);
		assertThat(read.values().get(2).source()).isEqualTo("a source");
		assertThat(read.values().get(2).period()).isEqualTo("2023-2024");
		assertThat(read.definitions()).singleElement().satisfies((d) -> {
			assertThat(d.theme()).isEqualTo("wonen");
			assertThat(d.higherIsBetter()).isNull();
		});
		assertThat(read.dataFiles()).containsExactly("bundled.csv", "long.csv");
	}

	@Test
	void shouldReadAStatLineTypedDataSetWithPaddedCodesAndLeaveOutTextColumns() {
		Problems problems = new Problems();
		ReadFiles read = IndicatorFiles.read(List.of(file("kwb.json", """
				{"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#x",
				 "value": [
				  {"ID": 0, "WijkenEnBuurten": "WK019311  ", "Gemeentenaam_1": "Zwolle    ", "AantalInwoners_5": 10970,
				   "GemiddeldeHuishoudensgrootte_33": 1.6, "Mannen_6": null}
				 ]}""")), "2024", null, problems);

		assertThat(problems.list()).isEmpty();
		assertThat(read.values()).extracting(ValueRow::indicatorCode)
			.containsExactly("AantalInwoners_5", "GemiddeldeHuishoudensgrootte_33", "Mannen_6");
		assertThat(read.values()).extracting(ValueRow::value).containsExactly("10970", "1.6", null);
		assertThat(read.values()).allSatisfy((row) -> {
			assertThat(row.areaCode()).isEqualTo("WK019311");
			assertThat(row.line()).isEqualTo("line 3");
			assertThat(row.period()).isEqualTo("2024");
			assertThat(row.source()).isEqualTo("CBS StatLine 85984NED (OData TypedDataSet)");
		});
	}

	@Test
	void shouldReportTruncatedJsonWithItsLine() {
		Problems problems = new Problems();
		IndicatorFiles.read(List.of(file("kwb.json", "{\"value\": [\n {\"WijkenEnBuurten\": \"WK019311\",\n")), "2024",
				null, problems);

		assertThat(problems.list()).extracting(Problem::toString)
			.singleElement()
			.satisfies((p) -> assertThat(p).startsWith("kwb.json: line 3: malformed JSON"));
	}

	private static InputFile file(String name, String text) {
		return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

}
