package nl.wijkatlas.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wijkatlas.*}.
 *
 * @param basemapStyleUrl a MapLibre/Mapbox style URL for the basemap (for example PDOK's
 * BRT-Achtergrondkaart); empty for none, so the map works offline
 * @param attribution the attribution shown on every map
 * @param importBundled whether start-up imports the bundled datasets (idempotent:
 * unchanged data is not rewritten)
 */
@ConfigurationProperties("wijkatlas")
public record WijkatlasProperties(String basemapStyleUrl, String attribution, boolean importBundled) {

	public WijkatlasProperties {
		basemapStyleUrl = (basemapStyleUrl == null || basemapStyleUrl.isBlank()) ? null : basemapStyleUrl.strip();
		attribution = (attribution == null) ? "Kadaster / Centraal Bureau voor de Statistiek, 2025" : attribution;
	}

}
