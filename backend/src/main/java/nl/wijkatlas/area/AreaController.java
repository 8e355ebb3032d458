package nl.wijkatlas.area;

import nl.wijkatlas.geodata.AreaLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import nl.wijkatlas.geo.LonLat;
import nl.wijkatlas.graphql.Batches;
import nl.wijkatlas.graphql.InvalidInputException;
import nl.wijkatlas.graphql.KeysetPaging;
import nl.wijkatlas.graphql.NotFoundException;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;
import tools.jackson.databind.util.RawValue;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
record AreaController(AreaRepository areas, BatchLoaderRegistry registry) {

	private static final double MAX_SIMPLIFY_METRES = 10_000;

	/**
	 * The loader of {@code Area.children} by the parent's code (a tree of a gemeente asks
	 * it of every stadsdeel and wijk; {@link AreaFieldWiring}).
	 */
	static final String CHILDREN = "areaChildren";

	/**
	 * {@code Area.geometry(simplify)} of one area: one statement per distinct tolerance
	 * in a request, however many areas ask.
	 */
	record GeometryKey(String code, double toleranceMetres) {
	}

	/**
	 * Registers the areas by code, for every type that points at areas
	 * ({@code DataLoader<String, Area>}), the children of areas by code, and the areas'
	 * geometry. The GeoJSON text from PostGIS goes to the client as raw JSON, never
	 * parsed in between.
	 */
	AreaController {
		Batches.registerByKey(registry, Area.class, areas::findByCodes, Area::code);
		registry.<String, List<Area>>forName(CHILDREN)
			.registerMappedBatchLoader((codes, env) -> Mono.fromCallable(() -> {
				Map<String, List<Area>> byParent = areas.findChildren(codes)
					.stream()
					.collect(Collectors.groupingBy(Area::parentCode));
				Map<String, List<Area>> result = new HashMap<>();
				codes.forEach((code) -> result.put(code, byParent.getOrDefault(code, List.of())));
				return result;
			}));
		registry.forTypePair(GeometryKey.class, RawValue.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
				Map<GeometryKey, RawValue> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy(GeometryKey::toleranceMetres))
					.forEach((tolerance, group) -> {
						Map<String, String> json = areas.findGeoJson(group.stream().map(GeometryKey::code).toList(),
								tolerance);
						group.forEach((key) -> result.put(key, new RawValue(json.get(key.code()))));
					});
				return result;
			}));
	}

	@QueryMapping
	Area area(@Argument String code) {
		AreaCodes.requireWellFormed("code", code);
		return this.areas.findByCode(code).orElseThrow(() -> new NotFoundException("No area with code " + code));
	}

	@QueryMapping
	Window<Area> areas(@Argument AreaLevel level, @Argument String parent, @Argument String gemeente,
			ScrollSubrange subrange) {
		if (GemeenteCode.argument(gemeente) != null && !this.areas.exists(gemeente)) {
			throw new NotFoundException("No gemeente with code " + gemeente + " (argument gemeente)");
		}
		if (parent != null) {
			AreaCodes.requireWellFormed("parent", parent);
			if (!this.areas.exists(parent)) {
				throw new NotFoundException("No area with code " + parent + " (argument parent)");
			}
		}
		KeysetPaging.Page page = KeysetPaging.page(subrange, "code");
		return page.window(this.areas.findPage(level, parent, gemeente, page.afterKey(), page.fetchSize()), Area::code);
	}

	@SchemaMapping(typeName = "AreaConnection", field = "totalCount")
	int totalCount(DataFetchingEnvironment env) {
		Map<String, Object> args = env.getExecutionStepInfo().getParent().getArguments();
		Object level = args.get("level");
		return this.areas.count((level != null) ? AreaLevel.valueOf(level.toString()) : null,
				(String) args.get("parent"), (String) args.get("gemeente"));
	}

	@QueryMapping
	Area areaAt(@Argument double lon, @Argument double lat, @Argument AreaLevel level) {
		if (!LonLat.isValid(lon, lat)) {
			throw new InvalidInputException("lon/lat", "(" + lon + ", " + lat
					+ ") is not a WGS84 position: lon must lie in [-180, 180] and lat in [-90, 90]");
		}
		return this.areas.findAt(new LonLat(lon, lat), (level != null) ? level : AreaLevel.BUURT).orElse(null);
	}

	/**
	 * A batch of its own rather than the shared {@code DataLoader<String, Area>}: asked
	 * for at consecutive levels of one query ({@code parent { parent { parent } }}), that
	 * loader left the request hanging (graphql-java 25's per-level dispatch), this batch
	 * does not.
	 */
	@BatchMapping(typeName = "Area")
	Map<Area, Area> parent(List<Area> children) {
		List<String> parentCodes = children.stream().map(Area::parentCode).distinct().filter((c) -> c != null).toList();
		Map<String, Area> parents = this.areas.findByCodes(parentCodes)
			.stream()
			.collect(Collectors.toMap(Area::code, Function.identity()));
		return children.stream()
			.filter((child) -> parents.containsKey(child.parentCode()))
			.collect(Collectors.toMap(Function.identity(), (child) -> parents.get(child.parentCode()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Area")
	Map<Area, List<Area>> ancestors(List<Area> areas) {
		Map<String, List<Area>> byCode = this.areas.findAncestors(areas.stream().map(Area::code).toList());
		return areas.stream()
			.collect(Collectors.toMap(Function.identity(), (a) -> byCode.getOrDefault(a.code(), List.of()),
					(a, b) -> a));
	}

	@SchemaMapping(typeName = "Area")
	CompletableFuture<RawValue> geometry(Area area, @Argument Double simplify,
			DataLoader<GeometryKey, RawValue> areaGeometry) {
		double tolerance = (simplify != null) ? simplify : 0;
		if (!Double.isFinite(tolerance) || tolerance < 0 || tolerance > MAX_SIMPLIFY_METRES) {
			throw new InvalidInputException("simplify",
					"tolerance in metres must lie in [0, " + (int) MAX_SIMPLIFY_METRES + "], was " + simplify);
		}
		return areaGeometry.load(new GeometryKey(area.code(), tolerance));
	}

}
