package nl.wijkatlas.story;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A story's version, which a change of one of its chapters increments; the rest of the
 * story is written by the importer only.
 */
@Entity
@Table(name = "story")
class StoryVersion {

	@Id
	private String slug;

	@Version
	private int version;

	protected StoryVersion() {
	}

}
