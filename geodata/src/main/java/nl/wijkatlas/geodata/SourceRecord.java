package nl.wijkatlas.geodata;

/**
 * A row of table {@code source}: where data comes from.
 *
 * @param id a stable slug, e.g. {@code cbs-wijkbuurtkaart-2025-generalised}
 * @param kind DATASET, DOCUMENT, WEB, DERIVED or EXAMPLE
 * @param title what it is called
 * @param publisher who publishes it, or null
 * @param url where it is, or null
 * @param year the year it describes, or null
 * @param licence its licence, or null
 * @param attribution the credit its licence asks for, or null
 * @param note anything else worth knowing, e.g. how a derived source was derived
 * @param titleEn the title in English, for a source whose title the Wijkatlas itself
 * writes (its own derivations); null for a published source, which keeps its own title
 */
public record SourceRecord(String id, String kind, String title, String publisher, String url, Integer year,
		String licence, String attribution, String note, String titleEn) {

	/** A source known by its own title only. */
	public SourceRecord(String id, String kind, String title, String publisher, String url, Integer year,
			String licence, String attribution, String note) {
		this(id, kind, title, publisher, url, year, licence, attribution, note, null);
	}

	/**
	 * The same source with an English title.
	 * @param english the title in English
	 * @return the source
	 */
	public SourceRecord withTitleEn(String english) {
		return new SourceRecord(this.id, this.kind, this.title, this.publisher, this.url, this.year, this.licence,
				this.attribution, this.note, english);
	}

}
