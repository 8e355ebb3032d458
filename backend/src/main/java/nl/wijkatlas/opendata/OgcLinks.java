package nl.wijkatlas.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links as OGC API – Features writes them ({@code href}, {@code rel}, {@code type},
 * {@code title}), absolute and built from the request, so they follow the host and port
 * the client used (and, with {@code server.forward-headers-strategy}, a proxy's).
 */
final class OgcLinks {

	static final String JSON = "application/json";

	static final String GEO_JSON = "application/geo+json";

	static final String HTML = "text/html";

	static final String OPEN_API = "application/vnd.oai.openapi+json;version=3.0";

	private OgcLinks() {
	}

	/** The application's root URL, e.g. {@code http://localhost:8080}. */
	static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	/** The OGC API's root URL, e.g. {@code http://localhost:8080/ogc}. */
	static String ogc(HttpServletRequest request) {
		return base(request) + "/ogc";
	}

	/** The URL of this request, query included. */
	static String self(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
	}

	static Map<String, Object> link(String href, String rel, String type, String title) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("href", href);
		link.put("rel", rel);
		link.put("type", type);
		link.put("title", title);
		return link;
	}

}
