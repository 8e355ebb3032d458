package nl.wijkatlas.story;

import nl.wijkatlas.graphql.Payloads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

@Controller
record ChapterMutationController(ChapterChanges changes) {

	@MutationMapping
	ChapterPayload createChapter(@Argument String story, @Argument ChapterInput input, Authentication authentication) {
		return Payloads.attempt(() -> this.changes.create(story, input, authentication), ChapterPayload::of,
				ChapterPayload::failed);
	}

	@MutationMapping
	ChapterPayload updateChapter(@Argument String story, @Argument int order, @Argument int version,
			@Argument ChapterInput input, Authentication authentication) {
		return Payloads.attempt(() -> this.changes.update(story, order, version, input, authentication),
				ChapterPayload::of, ChapterPayload::failed);
	}

}
