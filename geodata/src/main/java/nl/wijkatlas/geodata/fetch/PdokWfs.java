package nl.wijkatlas.geodata.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * PDOK's CBS Wijken en Buurten WFS ({@value #DEFAULT_URL}): the features of one layer
 * ({@code buurten} or {@code wijken}) of one gemeente, as GeoJSON in RD New, every page.
 * <p>
 * A request is {@code GetFeature} (WFS 2.0.0) with
 * {@code typeNames=wijkenbuurten:<layer>}, {@code outputFormat=application/json},
 * {@code srsName=EPSG:28992}, {@code count} and {@code startIndex} for paging, and an FES
 * 2.0 {@code filter} on {@code gemeentecode} (PDOK's MapServer ignores
 * {@code CQL_FILTER}). Pages are requested until one comes back short or
 * {@code numberMatched} features have arrived; features are taken as PDOK sends them and
 * checked again on this side ({@link PdokFeatures}).
 *
 * @param http the client every request goes through
 * @param urlTemplate the service URL with {@code {year}} for the year
 * @param pageSize the features per request
 * @param hint what to do instead when the service cannot be reached
 */
record PdokWfs(PoliteHttp http, String urlTemplate, int pageSize, String hint) {

	static final String DEFAULT_URL = "https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0";

	/** PDOK serves at most 1000 features per request. */
	static final int DEFAULT_PAGE_SIZE = 1000;

	/** The first year PDOK serves with these layer and property names. */
	static final int FIRST_YEAR = 2022;

	private static final int MAX_PAGES = 500;

	private static final String SERVICE = "PDOK";

	/**
	 * The service URL of a year.
	 * @param year the year
	 * @return e.g. {@code https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0}
	 */
	String serviceUrl(int year) {
		return this.urlTemplate.replace("{year}", String.valueOf(year));
	}

	/**
	 * One layer of one gemeente.
	 * @param layer {@code buurten} or {@code wijken}
	 * @param gemeenteCode e.g. {@code GM1771}
	 * @param year the year of the division
	 * @return the features of every page, with the URL of the first page
	 */
	PdokLayer fetch(String layer, String gemeenteCode, int year) {
		List<JsonNode> features = new ArrayList<>();
		JsonNode crs = null;
		URI first = null;
		Long matched = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			URI uri = page(layer, gemeenteCode, year, features.size());
			first = (first != null) ? first : uri;
			JsonNode root = Answers.object(SERVICE, uri, this.http.get(uri, SERVICE, this.hint));
			if (!"FeatureCollection".equals(root.path("type").asString(null)) || !root.path("features").isArray()) {
				throw Answers.malformed(SERVICE, uri, "not a GeoJSON FeatureCollection with a features array",
						root.toString());
			}
			crs = (crs != null) ? crs : root.get("crs");
			JsonNode returned = root.get("features");
			returned.forEach(features::add);
			if (root.path("numberMatched").isNumber()) {
				matched = root.path("numberMatched").asLong();
			}
			boolean complete = (matched != null) ? features.size() >= matched : returned.size() < this.pageSize;
			if (returned.isEmpty() || complete) {
				if (matched != null && features.size() != matched) {
					throw Answers.malformed(SERVICE, uri,
							"numberMatched is " + matched + " but the pages held " + features.size() + " features",
							null);
				}
				return new PdokLayer(layer, features, crs, first);
			}
		}
		throw new FetchException(SERVICE + ": layer " + layer + " of " + gemeenteCode + " did not end after "
				+ MAX_PAGES + " pages of " + this.pageSize + "; nothing was written");
	}

	URI page(String layer, String gemeenteCode, int year, int startIndex) {
		return new Query(serviceUrl(year)).add("service", "WFS")
			.add("version", "2.0.0")
			.add("request", "GetFeature")
			.add("typeNames", "wijkenbuurten:" + layer)
			.add("outputFormat", "application/json")
			.add("srsName", "EPSG:28992")
			.add("count", this.pageSize)
			.add("startIndex", startIndex)
			.add("filter", filter(gemeenteCode))
			.uri();
	}

	static String filter(String gemeenteCode) {
		return "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
				+ "<fes:ValueReference>gemeentecode</fes:ValueReference><fes:Literal>" + gemeenteCode
				+ "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
	}

	/**
	 * The features of one layer as PDOK sent them.
	 *
	 * @param layer {@code buurten} or {@code wijken}
	 * @param features every page's features, in order
	 * @param crs the first page's legacy {@code crs} member, or null when it had none
	 * @param firstRequest the URL of the first page
	 */
	record PdokLayer(String layer, List<JsonNode> features, JsonNode crs, URI firstRequest) {

	}

}
