package nl.wijkatlas.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Address and postcode search for "find my buurt": passes the query to the PDOK
 * Locatieserver's {@code /free} search (the URL is {@code wijkatlas.locatieserver-url})
 * and returns its JSON as it is, so the page only talks to this site (its CSP allows
 * nothing else). 502 when the Locatieserver cannot be reached or fails, 503 when none is
 * configured.
 */
@RestController
class AddressSearchController {

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

	static final String FIELDS = "id,weergavenaam,type,centroide_ll";

	static final String TYPES = "type:(adres OR postcode OR weg)";

	private final FrontendProperties properties;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(4))
		// A redirect is an answer we did not ask for: 502, never followed.
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	AddressSearchController(FrontendProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/api/adressen")
	ResponseEntity<String> search(@RequestParam(required = false) String q) {
		if (q == null || q.isBlank() || q.length() > 200 || q.chars().anyMatch(Character::isISOControl)) {
			return ResponseEntity.badRequest().build();
		}
		if (this.properties.locatieserverUrl().isEmpty()) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		String url = this.properties.locatieserverUrl() + "/free?q=" + encode(solrTerms(q.strip())) + "&rows=5&fl="
				+ encode(FIELDS) + "&fq=" + encode(TYPES);
		try {
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(6))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
			}
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.body(response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
		}
		catch (Exception ex) {
			return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
		}
	}

	/**
	 * The words of the query as plain search terms: every character that Solr's query
	 * syntax gives a meaning ({@code {!local params}}, fields, ranges, wildcards,
	 * operators, quotes) is escaped with a backslash; spaces still separate the words.
	 */
	static String solrTerms(String query) {
		StringBuilder escaped = new StringBuilder(query.length() + 8);
		for (char c : query.toCharArray()) {
			if ("\\+-!():^[]\"{}~*?|&/;".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		// AND, OR and NOT are operators only in capitals; in lower case they are words.
		return OPERATOR.matcher(escaped).replaceAll((match) -> match.group().toLowerCase(Locale.ROOT));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
