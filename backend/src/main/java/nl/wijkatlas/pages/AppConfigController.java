package nl.wijkatlas.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatlas.config.WijkatlasProperties;

/**
 * What the front end needs to know, in one answer: the basemap and the credit of the
 * first map, and where the address search goes.
 */
@RestController
record AppConfigController(WijkatlasProperties properties, FrontendProperties frontend) {

	@GetMapping("/api/config")
	Map<String, Object> config() {
		Map<String, Object> config = new LinkedHashMap<>();
		// The basemap is optional for the visitor: the map falls back to the areas alone
		// when
		// its tiles cannot be reached (offline, blocked).
		if (this.properties.basemapTiles() != null) {
			Map<String, Object> basemap = new LinkedHashMap<>();
			basemap.put("tiles", this.properties.basemapTiles());
			basemap.put("attribution", this.properties.basemapAttribution());
			config.put("basemap", basemap);
		}
		else {
			config.put("basemap", null);
		}
		config.put("attribution", this.properties.attribution());
		// Null switches address search off (names of areas are still found).
		config.put("locatieserverUrl",
				this.frontend.locatieserverUrl().isEmpty() ? null : this.frontend.locatieserverUrl());
		return config;
	}

}
