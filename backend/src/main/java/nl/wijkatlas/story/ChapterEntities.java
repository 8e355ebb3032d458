package nl.wijkatlas.story;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The chapter aggregates, for the mutations; reads go through {@link StoryRepository}.
 */
interface ChapterEntities extends JpaRepository<ChapterEntity, Long> {

	Optional<ChapterEntity> findByStorySlugAndPosition(String storySlug, short position);

	/** A new version of the story, whose chapters changed. */
	@Modifying
	@Query("update StoryVersion s set s.version = s.version + 1 where s.slug = :slug")
	void newStoryVersion(String slug);

}
