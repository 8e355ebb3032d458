package nl.wijkatlas.opgave;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.area.Area;
import nl.wijkatlas.area.AreaReferences;
import nl.wijkatlas.area.AreaScoped;
import nl.wijkatlas.credit.Credit;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.ConnectionArguments;
import nl.wijkatlas.graphql.NotFoundException;
import nl.wijkatlas.organisation.Organisation;
import nl.wijkatlas.source.Source;
import org.dataloader.DataLoader;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
record OpgaveController(OpgaveRepository opgaven, AreaReferences areas, BatchLoaderRegistry registry) {

	OpgaveController {
		AreaScoped.<OpgaveFilter, Opgave>register(registry, "areaOpgaven",
				(codes, within, filter) -> opgaven.findByAreas(codes, within, filter));
	}

	@QueryMapping
	Window<Opgave> opgaven(@Argument String area, @Argument Boolean within, @Argument String theme,
			@Argument String period, ScrollSubrange subrange) {
		String areaCode = (area != null) ? this.areas.requireExisting("area", area) : null;
		return this.opgaven.findPage(new OpgaveFilter(areaCode, !Boolean.FALSE.equals(within), theme, period),
				subrange);
	}

	@SchemaMapping(typeName = "OpgaveConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.opgaven.count(new OpgaveFilter(args.text("area"), args.flag("within", true), args.text("theme"),
				args.text("period")));
	}

	@QueryMapping
	Opgave opgave(@Argument String id) {
		return this.opgaven.findByKey(id).orElseThrow(() -> new NotFoundException("No opgave with id " + id));
	}

	@SchemaMapping(typeName = "Area", field = "opgaven")
	CompletableFuture<List<Opgave>> areaOpgaven(Area area, @Argument Boolean within, @Argument String theme,
			@Argument String period, DataLoader<AreaScoped.Key<OpgaveFilter>, List<Opgave>> areaOpgaven) {
		OpgaveFilter filter = new OpgaveFilter(null, false, theme, period);
		return areaOpgaven.load(new AreaScoped.Key<>(area.code(), Boolean.TRUE.equals(within), filter));
	}

	@SchemaMapping(typeName = "Opgave")
	CompletableFuture<List<Area>> areas(Opgave opgave, DataLoader<String, Area> areaByCode) {
		return areaByCode.loadMany(opgave.areaCodes());
	}

	@BatchMapping(typeName = "Opgave")
	Map<Opgave, List<Opgave.Doel>> doelen(List<Opgave> batch) {
		return Batches.perParent(batch, Opgave::id, this.opgaven::findDoelen);
	}

	@SchemaMapping(typeName = "Inspanning")
	CompletableFuture<List<Organisation>> betrokkenen(Opgave.Inspanning inspanning,
			DataLoader<String, Organisation> organisationById) {
		return organisationById.loadMany(inspanning.betrokkenen());
	}

	@SchemaMapping(typeName = "Middel")
	CompletableFuture<Credit> credit(Opgave.Middel middel, DataLoader<String, Credit> creditById) {
		return Batches.loadIfAny(creditById, middel.creditId());
	}

	@SchemaMapping(typeName = "Opgave")
	CompletableFuture<Source> source(Opgave opgave, DataLoader<String, Source> sourceById) {
		return sourceById.load(opgave.sourceId());
	}

}
