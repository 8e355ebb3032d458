package nl.wijkatlas.source;

/**
 * Where a record comes from: a dataset, a document, a web page, a derivation, or
 * illustrative example content (which is always shown as such).
 */
public class Source {

	public enum Kind {

		DATASET, DOCUMENT, WEB, DERIVED, EXAMPLE

	}

	private final String id;

	private final Kind kind;

	private final String title;

	private final String titleEn;

	private final String publisher;

	private final String url;

	private final Short year;

	private final String licence;

	private final String attribution;

	private final String note;

	Source(String id, Kind kind, String title, String titleEn, String publisher, String url, Short year, String licence,
			String attribution, String note) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.titleEn = titleEn;
		this.publisher = publisher;
		this.url = url;
		this.year = year;
		this.licence = licence;
		this.attribution = attribution;
		this.note = note;
	}

	public String getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * The title in English, for a source whose title the Wijkatlas writes itself (its
	 * derivations, API entries); null for a published source, which keeps its own title.
	 * @return the English title, or null
	 */
	public String getTitleEn() {
		return this.titleEn;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public Integer getYear() {
		return (this.year != null) ? this.year.intValue() : null;
	}

	public String getLicence() {
		return this.licence;
	}

	public String getAttribution() {
		return this.attribution;
	}

	public String getNote() {
		return this.note;
	}

}
