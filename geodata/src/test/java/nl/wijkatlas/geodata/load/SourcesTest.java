package nl.wijkatlas.geodata.load;

import nl.wijkatlas.geodata.SourceRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {

	@Test
	void shouldDeriveAStableSlugFromAWebUrl() {
		assertThat(Sources.webId("https://www.zwolle.nl/wijkopgavenzwollemidden"))
			.isEqualTo("web-zwolle-nl-wijkopgavenzwollemidden");
		assertThat(Sources.webId("https://mijnwijk.zwolle.nl/westenholte/bericht/79"))
			.isEqualTo("web-mijnwijk-zwolle-nl-westenholte-bericht-79");
	}

	@Test
	void shouldShortenVeryLongSlugsWithAHashSoTheyStayUnique() {
		String base = "https://example.org/" + "a".repeat(200);
		String id = Sources.webId(base + "/1");

		assertThat(id).hasSize(100).matches("^[a-z0-9][a-z0-9._-]*$");
		assertThat(id).isNotEqualTo(Sources.webId(base + "/2")).isEqualTo(Sources.webId(base + "/1"));
	}

	@Test
	void shouldDescribeTheCbsDatasetsWithTheirAttribution() {
		SourceRecord generalised = Sources.cbsGeneralised(2025);

		assertThat(generalised.id()).isEqualTo("cbs-wijkbuurtkaart-2025-generalised");
		assertThat(generalised.kind()).isEqualTo("DATASET");
		assertThat(generalised.title()).isEqualTo("CBS/Kadaster Wijk- en Buurtkaart 2025 (gegeneraliseerd)");
		assertThat(generalised.publisher()).isEqualTo("CBS / Kadaster");
		assertThat(generalised.url()).isEqualTo("https://www.pdok.nl/introductie/-/article/cbs-wijken-en-buurten");
		assertThat(generalised.licence()).isEqualTo("CC BY 4.0");
		assertThat(generalised.attribution()).isEqualTo("Kadaster / Centraal Bureau voor de Statistiek, 2025");
		assertThat(Sources.cbsFullResolution(2024).id()).isEqualTo("cbs-wijkbuurtkaart-2024");
	}

}
