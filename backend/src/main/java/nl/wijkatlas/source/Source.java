package nl.wijkatlas.source;

/**
 * Where a record comes from: a dataset, a document, a web page, a derivation, or
 * illustrative example content (which is always shown as such).
 *
 * @param titleEn the title in English, for a source whose title the Wijkatlas writes
 * itself (its derivations, API entries); null for a published source, which keeps its own
 * title
 */
public record Source(String id, Kind kind, String title, String titleEn, String publisher, String url, Integer year,
		String licence, String attribution, String note) {

	public enum Kind {

		DATASET, DOCUMENT, WEB, DERIVED, EXAMPLE

	}

}
