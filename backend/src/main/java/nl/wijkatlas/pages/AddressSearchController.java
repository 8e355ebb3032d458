package nl.wijkatlas.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.wijkatlas.problem.RequestRefused;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Address and postcode search for "find my buurt": passes the query to the PDOK
 * Locatieserver's {@code /free} search (the URL is {@code wijkatlas.locatieserver-url})
 * and returns its JSON as it is, so the page only talks to this site (its CSP allows
 * nothing else). Only addresses, postcodes and streets in the gemeenten the atlas holds
 * are asked for (a filter query {@code gemeentecode:(0193 OR 1771)}), so "Kerkstraat 1"
 * does not land elsewhere in the country. Errors are RFC 9457 problems: 400 for a missing
 * or unusable {@code q}, 502 when the Locatieserver cannot be reached, fails or redirects
 * (never followed), 503 when none is configured.
 */
@RestController
class AddressSearchController {

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

	static final String FIELDS = "id,weergavenaam,type,centroide_ll";

	static final String TYPES = "type:(adres OR postcode OR weg)";

	private static final Pattern GEMEENTE = Pattern.compile("^GM([0-9]{4})$");

	private final FrontendProperties properties;

	private final AtlasGemeenten gemeenten;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(4))
		// A redirect is an answer we did not ask for: 502, never followed.
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	AddressSearchController(FrontendProperties properties, AtlasGemeenten gemeenten) {
		this.properties = properties;
		this.gemeenten = gemeenten;
	}

	@GetMapping("/api/adressen")
	ResponseEntity<String> search(@RequestParam(required = false) String q) {
		if (q == null || q.isBlank()) {
			throw RequestRefused.badParameter("q", "the search text is missing");
		}
		if (q.length() > 200 || q.chars().anyMatch(Character::isISOControl)) {
			throw RequestRefused.badParameter("q", "at most 200 characters, and no control characters");
		}
		if (this.properties.locatieserverUrl().isEmpty()) {
			throw RequestRefused.withStatus(HttpStatus.SERVICE_UNAVAILABLE,
					"Address search is switched off on this server (no Locatieserver configured).");
		}
		String url = this.properties.locatieserverUrl() + "/free?q=" + encode(solrTerms(q.strip())) + "&rows=5&fl="
				+ encode(FIELDS) + "&fq=" + encode(TYPES);
		String gemeenteFilter = gemeenteFilter(this.gemeenten.codes());
		if (gemeenteFilter != null) {
			url += "&fq=" + encode(gemeenteFilter);
		}
		try {
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(6))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw upstreamFailed("answered HTTP " + response.statusCode());
			}
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
				.body(response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw upstreamFailed("did not answer");
		}
		catch (RequestRefused ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw upstreamFailed("could not be reached");
		}
	}

	private static RequestRefused upstreamFailed(String what) {
		return RequestRefused.withStatus(HttpStatus.BAD_GATEWAY,
				"The address search service (PDOK Locatieserver) " + what + "; please try again later.");
	}

	/**
	 * The Locatieserver filter query that keeps the answers inside the gemeenten the
	 * atlas holds: {@code gemeentecode:(0193 OR 1771)} for GM0193 and GM1771 (the
	 * Locatieserver has the four digits of the CBS code); null when the atlas holds none,
	 * so the search is nationwide.
	 */
	static String gemeenteFilter(List<String> codes) {
		String digits = codes.stream()
			.map(GEMEENTE::matcher)
			.filter(java.util.regex.Matcher::matches)
			.map((m) -> m.group(1))
			.distinct()
			.sorted()
			.collect(Collectors.joining(" OR "));
		return digits.isEmpty() ? null : "gemeentecode:(" + digits + ")";
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

	/** The gemeenten the atlas holds, as CBS codes ({@code GM0193}). */
	interface AtlasGemeenten {

		List<String> codes();

	}

	/** The gemeenten in the database: the areas of level GEMEENTE. */
	@Component
	static class DatabaseGemeenten implements AtlasGemeenten {

		private final JdbcClient jdbc;

		DatabaseGemeenten(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public List<String> codes() {
			return this.jdbc.sql("select code from area where level = 'GEMEENTE' order by code")
				.query(String.class)
				.list();
		}

	}

}
