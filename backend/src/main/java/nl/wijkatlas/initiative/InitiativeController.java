package nl.wijkatlas.initiative;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.organisation.Organisation;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class InitiativeController {

	private final InitiativeRepository initiatives;

	private final AreaReferences areas;

	InitiativeController(InitiativeRepository initiatives, AreaReferences areas, BatchLoaderRegistry registry) {
		this.initiatives = initiatives;
		this.areas = areas;
		AreaScoped.<Void, Initiative>register(registry, "areaInitiatives",
				(codes, within, filter) -> initiatives.findByAreas(codes, within));
		registry.forTypePair(String.class, InitiativeScheme.class)
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromCallable(() -> initiatives.findSchemes(ids)
						.stream()
						.collect(Collectors.toMap(InitiativeScheme::id, Function.identity()))));
	}

	@QueryMapping
	Window<Initiative> initiatives(@Argument String area, @Argument Boolean within, @Argument String status,
			@Argument String fundingScheme, ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		KeysetPaging.Page page = KeysetPaging.page(subrange, "id");
		InitiativeFilter filter = new InitiativeFilter(areaCode, !Boolean.FALSE.equals(within), status, fundingScheme);
		return page.window(this.initiatives.findPage(filter, page.afterKey(), page.fetchSize()), Initiative::id);
	}

	@SchemaMapping(typeName = "InitiativeConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.initiatives.count(new InitiativeFilter(args.text("area"), args.flag("within", true),
				args.text("status"), args.text("fundingScheme")));
	}

	@QueryMapping
	Initiative initiative(@Argument String id) {
		return this.initiatives.findByIds(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No initiative with id " + id));
	}

	@QueryMapping
	List<InitiativeScheme> initiativeSchemes() {
		return this.initiatives.findSchemes(null);
	}

	@SchemaMapping(typeName = "Area", field = "initiatives")
	CompletableFuture<List<Initiative>> areaInitiatives(Area area, @Argument Boolean within,
			DataLoader<AreaScoped.Key<Void>, List<Initiative>> areaInitiatives) {
		return areaInitiatives.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), null));
	}

	@SchemaMapping(typeName = "Initiative")
	CompletableFuture<List<Area>> areas(Initiative initiative, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(initiative.areaCodes());
	}

	@SchemaMapping(typeName = "Initiative")
	CompletableFuture<Organisation> initiator(Initiative initiative,
			DataLoader<String, Organisation> organisationById) {
		return (initiative.initiatorId() != null) ? organisationById.load(initiative.initiatorId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Initiative")
	CompletableFuture<InitiativeScheme> fundingScheme(Initiative initiative,
			DataLoader<String, InitiativeScheme> schemeById) {
		return (initiative.fundingSchemeId() != null) ? schemeById.load(initiative.fundingSchemeId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping(typeName = "Initiative")
	CompletableFuture<Source> source(Initiative initiative, DataLoader<String, Source> sourceById) {
		return sourceById.load(initiative.sourceId());
	}

	@SchemaMapping(typeName = "InitiativeScheme")
	CompletableFuture<Source> source(InitiativeScheme scheme, DataLoader<String, Source> sourceById) {
		return sourceById.load(scheme.sourceId());
	}

}
