package nl.wijkatlas.story;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.GemeenteCode;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.graphql.NotFoundException;
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
class StoryController {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

	private final StoryRepository stories;

	private final AreaReferences areas;

	StoryController(StoryRepository stories, AreaReferences areas) {
		this.stories = stories;
		this.areas = areas;
	}

	@QueryMapping
	Window<Story> stories(@Argument String area, @Argument Boolean within, @Argument String gemeente,
			ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		String gemeenteCode = (GemeenteCode.argument(gemeente) != null)
				? this.areas.requireExisting("gemeente", gemeente) : null;
		KeysetPaging.Page page = KeysetPaging.page(subrange, "slug");
		return page.window(this.stories.findPage(areaCode, !Boolean.FALSE.equals(within), gemeenteCode, page.afterKey(),
				page.fetchSize()), Story::slug);
	}

	@SchemaMapping(typeName = "StoryConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.stories.count(args.text("area"), args.flag("within", true), args.text("gemeente"));
	}

	@QueryMapping
	Story story(@Argument String slug) {
		if (!SLUG.matcher(slug).matches()) {
			throw new InvalidInputException("slug", "'" + slug + "' is not a story slug (lowercase words and hyphens)");
		}
		return this.stories.findBySlugs(List.of(slug))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No story with slug " + slug));
	}

	@BatchMapping(typeName = "Story")
	Map<Story, List<Story.Chapter>> chapters(List<Story> batch) {
		Map<String, List<Story.Chapter>> bySlug = this.stories.findChapters(batch.stream().map(Story::slug).toList())
			.stream()
			.collect(Collectors.groupingBy(Story.Chapter::storySlug));
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (s) -> bySlug.getOrDefault(s.slug(), List.of()),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Chapter")
	Map<Story.Chapter, List<Story.Citation>> citations(List<Story.Chapter> batch) {
		Map<Long, List<Story.Citation>> byChapter = this.stories
			.findCitations(batch.stream().map(Story.Chapter::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Story.Citation::chapterId));
		return batch.stream()
			.collect(Collectors.toMap(Function.identity(), (c) -> byChapter.getOrDefault(c.id(), List.of()),
					(a, b) -> a));
	}

	@SchemaMapping(typeName = "Story")
	CompletableFuture<List<Source>> sources(Story story, DataLoader<String, Source> sourceById) {
		return sourceById.loadMany(story.sourceIds());
	}

	@SchemaMapping(typeName = "ChapterView")
	CompletableFuture<Area> focusArea(Story.View view, DataLoader<String, Area> areaByCode) {
		return (view.focusAreaCode() != null) ? areaByCode.load(view.focusAreaCode())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Citation")
	CompletableFuture<Source> source(Story.Citation citation, DataLoader<String, Source> sourceById) {
		return sourceById.load(citation.sourceId());
	}

}
