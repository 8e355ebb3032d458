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
		config.put("basemapStyleUrl", this.properties.basemapStyleUrl());
		config.put("attribution", this.properties.attribution());
		return config;
	}

}
