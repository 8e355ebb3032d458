package nl.wijkatlas.geodata.gebied;

import nl.wijkatlas.geodata.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitedSourcesTest {

	@Test
	void shouldMakeAWebSourceOfAnAddressAndKeepExtraWordsAsTheNote() {
		SourceRecord plain = CitedSources.of("https://www.zwolle.nl/armoede-en-schuldenmonitor-2021");
		assertThat(plain.kind()).isEqualTo("WEB");
		assertThat(plain.title()).isEqualTo("zwolle.nl/armoede-en-schuldenmonitor-2021");
		assertThat(plain.publisher()).isEqualTo("zwolle.nl");
		assertThat(plain.note()).isNull();
		assertThat(plain.id()).matches("cited-zwolle-nl-armoede-en-schuldenmonitor-2021-[0-9a-f]{8}");

		SourceRecord annotated = CitedSources.of("https://www.zwollenu.nl/x/ (artikel noemt 26.300 kinderen)");
		assertThat(annotated.url()).isEqualTo("https://www.zwollenu.nl/x/");
		assertThat(annotated.note()).isEqualTo("https://www.zwollenu.nl/x/ (artikel noemt 26.300 kinderen)");
	}

	@Test
	void shouldMakeACbsDatasetWithItsLicenceAndStatLineAddress() {
		SourceRecord cbs = CitedSources.of("CBS StatLine 85984NED Kerncijfers wijken en buurten 2024 (table modified "
				+ "2025-03-27), as extracted in github:someone/repo@abc:file.json");
		assertThat(cbs.kind()).isEqualTo("DATASET");
		assertThat(cbs.title())
			.isEqualTo("CBS StatLine 85984NED Kerncijfers wijken en buurten 2024 (table modified 2025-03-27)");
		assertThat(cbs.url()).isEqualTo("https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED");
		assertThat(cbs.year()).isEqualTo(2024);
		assertThat(cbs.licence()).isEqualTo("CC BY 4.0");
		assertThat(cbs.attribution()).isEqualTo("Bron: CBS");
		assertThat(cbs.note()).contains("as extracted in github:someone/repo@abc:file.json");
	}

	@Test
	void shouldMakeADocumentOfAnyOtherTextAndGiveDistinctTextsDistinctIds() {
		SourceRecord document = CitedSources.of("Gemeente Zwolle, collegenota (2023)");
		assertThat(document.kind()).isEqualTo("DOCUMENT");
		assertThat(document.title()).isEqualTo("Gemeente Zwolle, collegenota (2023)");
		assertThat(CitedSources.id("Gemeente Zwolle, collegenota (2023)")).isEqualTo(document.id())
			.isNotEqualTo(CitedSources.id("Gemeente Zwolle, collegenota (2023) p. 2"))
			.matches("^[a-z0-9][a-z0-9._-]*$");
	}

	@Test
	void shouldNameADocumentWithoutHowItReachedUsAndKeepThatAsTheNote() {
		String text = "Gemeente Zwolle buurtmonitor (Zebra), PERIOD 2014, buurtexport committed in "
				+ "github:djvanderlaan/hackathon_zwolle@f66dd3091d09a50f7cebd156db880c330f11e8f4:buurtgegevens/buurtgegevens.csv";
		SourceRecord document = CitedSources.of(text);
		assertThat(document.kind()).isEqualTo("DOCUMENT");
		assertThat(document.title()).isEqualTo("Gemeente Zwolle buurtmonitor (Zebra), PERIOD 2014");
		assertThat(document.note()).isEqualTo(text);
	}

}
