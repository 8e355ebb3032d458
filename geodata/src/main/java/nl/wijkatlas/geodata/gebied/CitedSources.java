package nl.wijkatlas.geodata.gebied;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.Sources;

/**
 * Turns the source text a data file cites (a web address, a CBS table description, a
 * document's title) into a {@code source} row. The row is a function of the text alone,
 * so the same text always gives the same row, whichever import writes it; distinct texts
 * give distinct rows. Shared by the gebied and indicator imports.
 */
public final class CitedSources {

	private static final Pattern URL = Pattern.compile("https?://[^\\s;,)\"]+");

	/** PDOK's CBS service as some texts cite it, without the scheme. */
	private static final Pattern PDOK_SERVICE = Pattern.compile("service\\.pdok\\.nl/[^\\s;,)\"]+");

	private static final Pattern STATLINE_TABLE = Pattern.compile("\\b([0-9]{5}NED)\\b");

	private static final Pattern YEAR_OF_CBS_TABLE = Pattern
		.compile("(?:wijken en buurten|Buurtkaart) ((?:19|20)[0-9]{2})\\b");

	private static final int MAX_SLUG = 60;

	private static final String CBS = "Centraal Bureau voor de Statistiek (CBS)";

	private CitedSources() {
	}

	/**
	 * The source row for a cited text.
	 * @param text the text as the file gives it
	 * @return a DATASET row for CBS figures (also as PDOK serves them), a WEB row for a
	 * text that starts with a web address, a DOCUMENT row otherwise
	 */
	public static SourceRecord of(String text) {
		String cited = text.trim().replaceAll("\\s+", " ");
		String id = id(cited);
		Matcher url = URL.matcher(cited);
		String firstUrl = url.find() ? url.group() : null;
		if (cited.startsWith("CBS") || cited.startsWith("PDOK CBS")) {
			Matcher table = STATLINE_TABLE.matcher(cited);
			Matcher pdok = PDOK_SERVICE.matcher(cited);
			String link = (firstUrl != null) ? firstUrl
					: table.find() ? "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/" + table.group(1)
							: pdok.find() ? "https://" + pdok.group() : null;
			Matcher year = YEAR_OF_CBS_TABLE.matcher(cited);
			return new SourceRecord(id, "DATASET", cbsTitle(cited), CBS, link,
					year.find() ? Integer.valueOf(year.group(1)) : null, "CC BY 4.0", "Bron: CBS",
					cited.equals(cbsTitle(cited)) ? null : cited);
		}
		if (firstUrl != null && cited.startsWith(firstUrl)) {
			URI uri = URI.create(firstUrl);
			String host = (uri.getHost() != null) ? uri.getHost().replaceFirst("^www\\.", "") : null;
			String path = (uri.getRawPath() != null) ? uri.getRawPath().replaceFirst("/$", "") : "";
			String title = (host != null) ? host + path : firstUrl;
			return new SourceRecord(id, "WEB", title, host, firstUrl, null, null, null,
					cited.equals(firstUrl) ? null : cited);
		}
		String title = titleOf(cited);
		return new SourceRecord(id, "DOCUMENT", title, null, firstUrl, null, null, null,
				title.equals(cited) ? null : cited);
	}

	/**
	 * The id of the row for a cited text: a readable slug and a hash of the whole text.
	 * @param text the text
	 * @return e.g. {@code cited-zwolle-nl-wijkopgavenzwollemidden-5f0c1e2a}
	 */
	public static String id(String text) {
		String cited = text.trim().replaceAll("\\s+", " ");
		String slug = Sources.slug(cited);
		slug = (slug.length() > MAX_SLUG) ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
		return "cited-" + (slug.isEmpty() ? "" : slug + "-") + Sources.shortHash(cited);
	}

	/**
	 * What a document is called, without how it reached us ("..., buurtexport committed
	 * in github:..."): the whole text stays the note.
	 */
	private static String titleOf(String cited) {
		return beforeFirst(cited, ", as extracted", ", downloaded", ", buurtexport committed", " committed in ");
	}

	/** A CBS table's title, without how it reached us ("... via PDOK"). */
	private static String cbsTitle(String cited) {
		return beforeFirst(cited, ", as extracted", ", downloaded", " via ");
	}

	/** The text up to the first of the markers that is not at its start. */
	private static String beforeFirst(String cited, String... markers) {
		int cut = cited.length();
		for (String marker : markers) {
			int at = cited.indexOf(marker);
			if (at > 0 && at < cut) {
				cut = at;
			}
		}
		return cited.substring(0, cut);
	}

}
