package nl.wijkatlas.geodata.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import nl.wijkatlas.geodata.SourceRecord;

/** The source rows the area import writes. */
public final class Sources {

	private static final String PUBLISHER = "CBS / Kadaster";

	private static final String CBS_URL = "https://www.pdok.nl/introductie/-/article/cbs-wijken-en-buurten";

	private static final String LICENCE = "CC BY 4.0";

	private static final int MAX_SLUG = 100;

	// Derived boundaries are still CBS/Kadaster data: the CC BY attribution travels with
	// them.
	private static final String DERIVED_PUBLISHER = "Wijkatlas, from CBS / Kadaster data";

	private static final String DERIVED_ATTRIBUTION = "Kadaster / Centraal Bureau voor de Statistiek";

	/** Wijk boundaries: the union of their buurten. */
	public static final SourceRecord UNION_OF_BUURTEN = new SourceRecord("derived-union-of-buurten", "DERIVED",
			"Wijkgrenzen samengesteld uit de CBS-buurten", DERIVED_PUBLISHER, CBS_URL, null, LICENCE,
			DERIVED_ATTRIBUTION,
			"Each wijk is the union (PostGIS ST_Union) of the CBS buurten whose code BU<gemeente><wijk><buurt> "
					+ "names it, so wijk and buurt borders line up exactly. Code and name are those of the CBS wijk layer.")
		.withTitleEn("Wijk boundaries derived from CBS buurten");

	/** Stadsdeel and gemeente boundaries: the union of their wijken. */
	public static final SourceRecord UNION_OF_WIJKEN = new SourceRecord("derived-union-of-wijken", "DERIVED",
			"Grenzen van stadsdelen en gemeente samengesteld uit de wijken", DERIVED_PUBLISHER, CBS_URL, null, LICENCE,
			DERIVED_ATTRIBUTION,
			"Each stadsdeel is the union (PostGIS ST_Union) of its wijken, and the gemeente the union of all its "
					+ "wijken; the wijken are themselves unions of CBS buurten.")
		.withTitleEn("Stadsdeel and gemeente boundaries derived from wijken");

	/** Stadsdeel membership of wijken that no source places. */
	public static final SourceRecord STADSDEEL_BY_ADJACENCY = new SourceRecord("derived-stadsdeel-by-adjacency",
			"DERIVED", "Stadsdeel toegewezen op de langste gedeelde grens", null, null, null, null, null,
			"A wijk that no source places in a stadsdeel is assigned, in rounds, to the stadsdeel with which it "
					+ "shares the longest border (ties go to the lowest stadsdeel code). Provisional by nature.")
		.withTitleEn("Stadsdeel assigned by adjacency");

	private Sources() {
	}

	/**
	 * The generalised CBS/Kadaster Wijk- en Buurtkaart, as served by PDOK and found in
	 * the CBS GeoJSON layers.
	 * @param year the edition
	 * @return the source row
	 */
	public static SourceRecord cbsGeneralised(int year) {
		return new SourceRecord("cbs-wijkbuurtkaart-" + year + "-generalised", "DATASET",
				"CBS/Kadaster Wijk- en Buurtkaart " + year + " (gegeneraliseerd)", PUBLISHER, CBS_URL, year, LICENCE,
				attribution(year), "Generalised (simplified) boundaries: fine for a city overview, not street level.");
	}

	/**
	 * The full-resolution CBS/Kadaster Wijk- en Buurtkaart GeoPackage.
	 * @param year the edition
	 * @return the source row
	 */
	public static SourceRecord cbsFullResolution(int year) {
		return new SourceRecord("cbs-wijkbuurtkaart-" + year, "DATASET", "CBS/Kadaster Wijk- en Buurtkaart " + year,
				PUBLISHER, CBS_URL, year, LICENCE, attribution(year), "Full-resolution GeoPackage, land parts only.");
	}

	/**
	 * A web page cited for stadsdeel membership.
	 * @param url the page
	 * @return the source row, with an id derived from the URL alone
	 */
	public static SourceRecord web(String url) {
		URI uri = URI.create(url.trim());
		String host = (uri.getHost() != null) ? uri.getHost().replaceFirst("^www\\.", "") : "";
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String title = host + path.replaceFirst("/$", "");
		return new SourceRecord(webId(url), "WEB", title.isBlank() ? url : title, host.isBlank() ? null : host,
				url.trim(), null, null, null, "Cited for the stadsdeel of a wijk.");
	}

	/**
	 * The id of a web source: a slug of the URL, deterministic.
	 * @param url the page
	 * @return e.g. {@code web-zwolle-nl-wijkopgavenzwollemidden}
	 */
	public static String webId(String url) {
		String id = "web-" + slug(url.trim());
		return (id.length() <= MAX_SLUG) ? id : id.substring(0, MAX_SLUG - 9) + "-" + shortHash(url.trim());
	}

	/**
	 * A readable slug of a URL or text, for source ids.
	 * @param text the text
	 * @return lower case letters and digits between single hyphens, without the URL's
	 * scheme and {@code www.}
	 */
	public static String slug(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replaceFirst("^[a-z]+://", "")
			.replaceFirst("^www\\.", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
	}

	/**
	 * A short hash that keeps source ids of distinct texts apart.
	 * @param text the text
	 * @return the first 8 hex digits of its SHA-256
	 */
	public static String shortHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String attribution(int year) {
		return "Kadaster / Centraal Bureau voor de Statistiek, " + year;
	}

}
