package nl.wijkatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Front-end settings beyond {@code /api/config}: where the address search goes.
 */
@RestController
class FrontendConfigController {

	private final FrontendProperties properties;

	FrontendConfigController(FrontendProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/api/frontend-config")
	Map<String, Object> config() {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("locatieserverUrl",
				this.properties.locatieserverUrl().isEmpty() ? null : this.properties.locatieserverUrl());
		return config;
	}

}
