package nl.wijkatlas.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A source a {@link ChapterEntity} cites. */
@Entity
@Table(name = "chapter_citation")
class ChapterCitationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "chapter_id")
	private ChapterEntity chapter;

	@Column(name = "source_id")
	private String sourceId;

	private String locator;

	protected ChapterCitationEntity() {
	}

	ChapterCitationEntity(ChapterEntity chapter) {
		this.chapter = chapter;
	}

	void apply(ChapterInput.CitationInput input) {
		this.sourceId = input.sourceId();
		this.locator = input.locator();
	}

}
