package nl.wijkatlas.config;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wijkatlas.*}.
 *
 * @param basemapTiles the raster tiles under every map, an XYZ URL template with
 * {@code {z}}, {@code {x}} and {@code {y}} (256 px, web mercator); {@code pdok} (the
 * default) is PDOK's BRT-Achtergrondkaart in grey, empty or {@code none} turns the
 * basemap off
 * @param basemapAttribution the credit line of the basemap (default: Kadaster's, for
 * {@code pdok})
 * @param attribution the attribution of the areas and figures shown on every map
 * @param importBundled whether start-up imports the bundled datasets (idempotent:
 * unchanged data is not rewritten)
 */
@ConfigurationProperties("wijkatlas")
public record WijkatlasProperties(String basemapTiles, String basemapAttribution, String attribution,
		boolean importBundled) {

	/**
	 * PDOK's BRT-Achtergrondkaart, grey variant: it names streets, places and water, and
	 * under a choropleth its greys do not compete with the class colours.
	 */
	public static final String PDOK_GREY = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png";

	static final String PDOK_ATTRIBUTION = "Achtergrondkaart © Kadaster (BRT, PDOK)";

	public WijkatlasProperties {
		String tiles = (basemapTiles == null) ? "pdok" : basemapTiles.strip();
		boolean pdok = "pdok".equals(tiles.toLowerCase(Locale.ROOT));
		if (pdok) {
			tiles = PDOK_GREY;
		}
		else if (tiles.isEmpty() || "none".equals(tiles.toLowerCase(Locale.ROOT))) {
			tiles = null;
		}
		else if (!tiles.matches("https?://\\S+") || !tiles.contains("{z}") || !tiles.contains("{x}")
				|| !tiles.contains("{y}")) {
			throw new IllegalArgumentException("wijkatlas.basemap-tiles (WIJKATLAS_BASEMAP_TILES) must be pdok, none "
					+ "or an http(s) URL template with {z}, {x} and {y}, not: " + basemapTiles);
		}
		basemapTiles = tiles;
		basemapAttribution = (basemapAttribution != null && !basemapAttribution.isBlank()) ? basemapAttribution.strip()
				: (pdok ? PDOK_ATTRIBUTION : null);
		attribution = (attribution == null) ? "Kadaster / Centraal Bureau voor de Statistiek, 2025" : attribution;
	}

}
