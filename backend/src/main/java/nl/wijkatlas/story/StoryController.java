package nl.wijkatlas.story;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.graphql.WellFormed;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
record StoryController(StoryRepository stories, AreaReferences areas) {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

	@QueryMapping
	Window<Story> stories(@Argument String area, @Argument Boolean within, @Argument String gemeente,
			ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		String gemeenteCode = (GemeenteCode.argument(gemeente) != null)
				? this.areas.requireExisting("gemeente", gemeente) : null;
		return this.stories.findPage(new StoryRepository.Filter(areaCode, !Boolean.FALSE.equals(within), gemeenteCode),
				subrange);
	}

	@SchemaMapping(typeName = "StoryConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.stories
			.count(new StoryRepository.Filter(args.text("area"), args.flag("within", true), args.text("gemeente")));
	}

	@QueryMapping
	Story story(@Argument String slug) {
		WellFormed.require("slug", slug, SLUG, "a story slug (lowercase words and hyphens)");
		return this.stories.findByKey(slug).orElseThrow(() -> new NotFoundException("No story with slug " + slug));
	}

	@BatchMapping(typeName = "Story")
	Map<Story, List<Story.Chapter>> chapters(List<Story> batch) {
		return Batches.perParent(batch, Story::slug, this.stories::findChapters, Story.Chapter::storySlug);
	}

	@BatchMapping(typeName = "Chapter")
	Map<Story.Chapter, List<Story.Citation>> citations(List<Story.Chapter> batch) {
		return Batches.perParent(batch, Story.Chapter::id, this.stories::findCitations, Story.Citation::chapterId);
	}

	@SchemaMapping(typeName = "Story")
	CompletableFuture<List<Source>> sources(Story story, DataLoader<String, Source> sourceById) {
		return sourceById.loadMany(story.sourceIds());
	}

	@SchemaMapping(typeName = "ChapterView")
	CompletableFuture<Area> focusArea(Story.View view, DataLoader<String, Area> areaByCode) {
		return Batches.loadIfAny(areaByCode, view.focusAreaCode());
	}

	@SchemaMapping(typeName = "Citation")
	CompletableFuture<Source> source(Story.Citation citation, DataLoader<String, Source> sourceById) {
		return sourceById.load(citation.sourceId());
	}

}
