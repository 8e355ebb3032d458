package nl.wijkatlas.organisation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.NotFoundException;
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
record OrganisationController(OrganisationRepository organisations, AreaReferences areas,
		BatchLoaderRegistry registry) {

	/**
	 * Registers the organisations by id, for every type that names one (initiators,
	 * betrokkenen: {@code DataLoader<String, Organisation>}), and the organisations of an
	 * area.
	 */
	OrganisationController {
		Batches.registerByKey(registry, Organisation.class, organisations::findByKeys, Organisation::id);
		AreaScoped.<Void, Organisation>register(registry, "areaOrganisations",
				(codes, within, filter) -> organisations.findByAreas(codes, within));
	}

	@QueryMapping
	Window<Organisation> organisations(@Argument String area, @Argument Boolean within, @Argument String kind,
			ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		return this.organisations
			.findPage(new OrganisationRepository.Filter(areaCode, !Boolean.FALSE.equals(within), kind), subrange);
	}

	@SchemaMapping(typeName = "OrganisationConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.organisations
			.count(new OrganisationRepository.Filter(args.text("area"), args.flag("within", true), args.text("kind")));
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.organisations.findByKey(id)
			.orElseThrow(() -> new NotFoundException("No organisation with id " + id));
	}

	@SchemaMapping(typeName = "Area", field = "organisations")
	CompletableFuture<List<Organisation>> areaOrganisations(Area area, @Argument Boolean within,
			DataLoader<AreaScoped.Key<Void>, List<Organisation>> areaOrganisations) {
		return areaOrganisations.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), null));
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<List<Area>> areas(Organisation organisation, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(organisation.areaCodes());
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<List<Area>> serviceAreas(Organisation organisation, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(organisation.serviceAreaCodes());
	}

	@SchemaMapping(typeName = "Organisation")
	CompletableFuture<Source> source(Organisation organisation, DataLoader<String, Source> sourceById) {
		return sourceById.load(organisation.sourceId());
	}

}
