package nl.wijkatlas.initiative;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.organisation.Organisation;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
record InitiativeController(InitiativeRepository initiatives, AreaReferences areas, BatchLoaderRegistry registry) {

	InitiativeController {
		AreaScoped.<Void, Initiative>register(registry, "areaInitiatives",
				(codes, within, filter) -> initiatives.findByAreas(codes, within));
		Batches.registerByKey(registry, InitiativeScheme.class, initiatives::findSchemes, InitiativeScheme::id);
	}

	@QueryMapping
	Window<Initiative> initiatives(@Argument String area, @Argument Boolean within, @Argument String status,
			@Argument String fundingScheme, ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		return this.initiatives.findPage(
				new InitiativeRepository.Filter(areaCode, !Boolean.FALSE.equals(within), status, fundingScheme),
				subrange);
	}

	@SchemaMapping(typeName = "InitiativeConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.initiatives.count(new InitiativeRepository.Filter(args.text("area"), args.flag("within", true),
				args.text("status"), args.text("fundingScheme")));
	}

	@QueryMapping
	Initiative initiative(@Argument String id) {
		return this.initiatives.findByKey(id).orElseThrow(() -> new NotFoundException("No initiative with id " + id));
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
		return Batches.loadIfAny(organisationById, initiative.initiatorId());
	}

	@SchemaMapping(typeName = "Initiative")
	CompletableFuture<InitiativeScheme> fundingScheme(Initiative initiative,
			DataLoader<String, InitiativeScheme> schemeById) {
		return Batches.loadIfAny(schemeById, initiative.fundingSchemeId());
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
