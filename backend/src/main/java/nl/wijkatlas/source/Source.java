package nl.wijkatlas.source;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a record comes from: a dataset, a document, a web page, a derivation, or
 * illustrative example content (which is always shown as such).
 */
@Entity
@Table(name = "source")
public class Source {

	public enum Kind {

		DATASET, DOCUMENT, WEB, DERIVED, EXAMPLE

	}

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	@jakarta.persistence.Column(name = "title_en")
	private String titleEn;

	private String publisher;

	private String url;

	private Short year;

	private String licence;

	private String attribution;

	private String note;

	protected Source() {
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
