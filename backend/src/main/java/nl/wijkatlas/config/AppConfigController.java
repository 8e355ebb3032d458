package nl.wijkatlas.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the front end needs to know before it draws the first map.
 */
@RestController
class AppConfigController {

	private final WijkatlasProperties properties;

	AppConfigController(WijkatlasProperties properties) {
		this.properties = properties;
	}

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
		return config;
	}

}
