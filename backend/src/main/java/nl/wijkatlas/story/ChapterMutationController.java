package nl.wijkatlas.story;

import nl.wijkatlas.graphql.MutationException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
class ChapterMutationController {

	private final ChapterChanges changes;

	ChapterMutationController(ChapterChanges changes) {
		this.changes = changes;
	}

	@MutationMapping
	ChapterPayload createChapter(@Argument String story, @Argument ChapterInput input, Authentication authentication) {
		try {
			return ChapterPayload.of(this.changes.create(story, input, authentication));
		}
		catch (MutationException ex) {
			return ChapterPayload.failed(ex.errors());
		}
	}

	@MutationMapping
	ChapterPayload updateChapter(@Argument String story, @Argument int order, @Argument int version,
			@Argument ChapterInput input, Authentication authentication) {
		try {
			return ChapterPayload.of(this.changes.update(story, order, version, input, authentication));
		}
		catch (MutationException ex) {
			return ChapterPayload.failed(ex.errors());
		}
	}

}
