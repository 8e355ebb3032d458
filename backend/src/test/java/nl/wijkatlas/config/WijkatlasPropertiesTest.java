package nl.wijkatlas.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WijkatlasPropertiesTest {

	@Test
	void shouldDrawPdoksGreyBasemapWithKadastersCreditByDefault() {
		for (String unset : new String[] { null, "pdok", " PDOK " }) {
			WijkatlasProperties properties = new WijkatlasProperties(unset, null, null, true);
			assertThat(properties.basemapTiles())
				.isEqualTo("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png");
			assertThat(properties.basemapAttribution()).isEqualTo("Achtergrondkaart © Kadaster (BRT, PDOK)");
		}
	}

	@Test
	void shouldTurnTheBasemapOffWhenEmptyOrNone() {
		for (String off : new String[] { "", "  ", "none", "NONE" }) {
			WijkatlasProperties properties = new WijkatlasProperties(off, null, null, true);
			assertThat(properties.basemapTiles()).as(off).isNull();
			assertThat(properties.basemapAttribution()).as(off).isNull();
		}
	}

	@Test
	void shouldTakeAnotherTileTemplateWithItsOwnCredit() {
		WijkatlasProperties properties = new WijkatlasProperties("https://tiles.example.org/{z}/{x}/{y}.png",
				"© Example", null, true);
		assertThat(properties.basemapTiles()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
		assertThat(properties.basemapAttribution()).isEqualTo("© Example");
	}

	@Test
	void shouldRefuseATemplateWithoutTileCoordinatesAtStartUp() {
		for (String bad : new String[] { "https://tiles.example.org/style.json", "ftp://x/{z}/{x}/{y}.png",
				"tiles/{z}/{x}/{y}.png" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new WijkatlasProperties(bad, null, null, true))
				.withMessageContaining("WIJKATLAS_BASEMAP_TILES");
		}
	}

}
