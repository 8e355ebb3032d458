package nl.wijkatlas.story;

import java.util.List;

import nl.wijkatlas.graphql.UserError;

/**
 * The result of a chapter mutation: the chapter as it now is, or why nothing was written.
 */
record ChapterPayload(Story.Chapter chapter, List<UserError> errors) {

	static ChapterPayload of(Story.Chapter chapter) {
		return new ChapterPayload(chapter, List.of());
	}

	static ChapterPayload failed(List<UserError> errors) {
		return new ChapterPayload(null, errors);
	}

}
