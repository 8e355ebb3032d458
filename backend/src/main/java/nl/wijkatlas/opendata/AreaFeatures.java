package nl.wijkatlas.opendata;

import java.util.List;
import java.util.Optional;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Areas as GeoJSON features, written by PostGIS ({@code ST_AsGeoJSON} of the current
 * WGS84 boundary, 6 decimals: about 0.1 m; rings wound as RFC 7946 wants, exterior
 * counter-clockwise and holes clockwise, by {@code ST_ForcePolygonCCW}) and
 * {@code json_build_object}: the JVM passes the text through and never parses a geometry.
 * Properties: code, name, level, parent_code, boundary_year, provisional, attribution,
 * licence, and with an indicator layer its figure (indicator, period, value, category,
 * status, city_average, unit) — status MISSING and value null where the area has none,
 * never 0.
 */
@Repository
class AreaFeatures {

	/** An indicator's figures for one period, added to each feature's properties. */
	record IndicatorLayer(String code, String period, String unit) {

	}

	/** How many areas a level has, the WGS84 box around them, and their licences. */
	record Extent(AreaLevel level, int count, double west, double south, double east, double north,
			List<String> licences, List<String> attributions) {

	}

	private static final String PROPERTIES = """
			'code', a.code, 'name', a.name, 'level', a.level, 'parent_code', a.parent_code,
			'boundary_year', b.boundary_year, 'provisional', a.provisional,
			'attribution', s.attribution, 'licence', s.licence""";

	private static final String FIGURE_PROPERTIES = """
			, 'indicator', cast(:indicator as text), 'period', cast(:period as text), 'value', v.value,
			'category', v.category, 'status', coalesce(v.status, 'MISSING'), 'city_average', g.value,
			'unit', cast(:unit as text)""";

	private static final String FROM = """
			from area a
			join area_boundary b on b.area_code = a.code and b.is_current
			join source s on s.id = a.source_id
			""";

	private static final String FIGURE_JOINS = """
			left join indicator_value v
			       on v.indicator_code = :indicator and v.area_code = a.code and v.period = :period
			left join indicator_value g
			       on g.indicator_code = :indicator and g.area_code = a.gemeente_code and g.period = :period
			""";

	private final JdbcClient jdbc;

	AreaFeatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every area of the level as one GeoJSON FeatureCollection, ordered by code, with the
	 * level's attribution and licence as foreign members.
	 */
	String featureCollection(AreaLevel level, String gemeente, String name, IndicatorLayer layer) {
		String sql = """
				select json_build_object('type', 'FeatureCollection', 'name', cast(:name as text),
				         'attribution', string_agg(distinct f.attribution, '; '),
				         'licence', string_agg(distinct f.licence, '; '),
				         'features', coalesce(json_agg(f.feature order by f.code), '[]'::json))::text
				from (select a.code, s.attribution, s.licence, %s as feature %s where a.level = :level %s) f
				""".formatted(featureJson(layer, "", OgcCrs.CRS84), from(layer), gemeenteFilter(gemeente));
		return bindGemeente(bind(this.jdbc.sql(sql), layer), gemeente).param("name", name)
			.param("level", level.name())
			.query(String.class)
			.single();
	}

	/** One page of features: a JSON array and how many it holds. */
	record Page(String features, int size) {

	}

	/**
	 * One page of the level's areas that intersect the box (all when null), ordered by
	 * code, as a JSON array of features.
	 */
	Page features(AreaLevel level, String gemeente, BoundingBox bbox, AttributeFilter filter, int limit, int offset,
			IndicatorLayer layer, OgcCrs crs) {
		String sql = """
				select coalesce(json_agg(f.feature order by f.code), '[]'::json)::text as features, count(*) as n
				from (select a.code, %s as feature %s where a.level = :level %s %s %s
				      order by a.code limit :limit offset :offset) f
				""".formatted(featureJson(layer, "", crs), from(layer), gemeenteFilter(gemeente), bboxFilter(bbox),
				attributeFilter(filter));
		return bindFilter(bindGemeente(bindBbox(bind(this.jdbc.sql(sql), layer), bbox), gemeente), filter)
			.param("level", level.name())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Page(rs.getString("features"), rs.getInt("n")))
			.single();
	}

	int count(AreaLevel level, String gemeente, BoundingBox bbox, AttributeFilter filter) {
		String sql = "select count(*) " + FROM + " where a.level = :level " + gemeenteFilter(gemeente)
				+ bboxFilter(bbox) + attributeFilter(filter);
		return bindFilter(bindGemeente(bindBbox(this.jdbc.sql(sql), bbox), gemeente), filter)
			.param("level", level.name())
			.query(Integer.class)
			.single();
	}

	/** Whether a gemeente with this code has been imported. */
	boolean gemeenteExists(String gemeente) {
		return this.jdbc.sql("select exists (select 1 from area where code = :code and level = 'GEMEENTE')")
			.param("code", gemeente)
			.query(Boolean.class)
			.single();
	}

	/**
	 * One area of the level as a GeoJSON feature, with links to itself and its
	 * collection.
	 */
	Optional<String> feature(AreaLevel level, String code, IndicatorLayer layer, String selfHref, String collectionHref,
			OgcCrs crs) {
		String links = """
				, 'links', json_build_array(
				    json_build_object('href', cast(:self as text), 'rel', 'self', 'type', 'application/geo+json',
				                      'title', 'This feature'),
				    json_build_object('href', cast(:collection as text), 'rel', 'collection',
				                      'type', 'application/json', 'title', 'The collection'))""";
		String sql = "select (%s)::text %s where a.level = :level and a.code = :code"
			.formatted(featureJson(layer, links, crs), from(layer));
		return bind(this.jdbc.sql(sql), layer).param("level", level.name())
			.param("code", code)
			.param("self", selfHref)
			.param("collection", collectionHref)
			.query(String.class)
			.optional();
	}

	/**
	 * The levels that have areas with a current boundary (of the gemeente, when given),
	 * in hierarchy order.
	 */
	List<Extent> extents(String gemeente) {
		return bindGemeente(this.jdbc.sql("""
				select a.level, count(*) as n, min(b.west) as west, min(b.south) as south,
				       max(b.east) as east, max(b.north) as north,
				       array_agg(distinct s.licence) filter (where s.licence is not null) as licences,
				       array_agg(distinct s.attribution) filter (where s.attribution is not null) as attributions
				""" + FROM + ((gemeente != null) ? " where a.gemeente_code = :gemeente " : "") + """
				group by a.level
				order by array_position(array['GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT', 'GEBIED'], a.level)
				"""), gemeente)
			.query((rs, row) -> new Extent(AreaLevel.valueOf(rs.getString("level")), rs.getInt("n"),
					rs.getDouble("west"), rs.getDouble("south"), rs.getDouble("east"), rs.getDouble("north"),
					Rows.texts(rs, "licences"), Rows.texts(rs, "attributions")))
			.list();
	}

	private static String featureJson(IndicatorLayer layer, String members, OgcCrs crs) {
		return """
				json_build_object('type', 'Feature', 'id', a.code, 'geometry',
				  %s,
				  'properties', json_build_object(%s%s)%s)""".formatted(crs.geoJsonSql(), PROPERTIES,
				(layer != null) ? FIGURE_PROPERTIES : "", members);
	}

	private static String from(IndicatorLayer layer) {
		return FROM + ((layer != null) ? FIGURE_JOINS : "");
	}

	/**
	 * Intersection with the box; a box whose west edge lies east of its east edge crosses
	 * the antimeridian and is split in two.
	 */
	private static String bboxFilter(BoundingBox bbox) {
		if (bbox == null) {
			return "";
		}
		if (bbox.crs() != OgcCrs.CRS84) {
			// Compared with the stored RD New geometry: the box's corners are transformed
			// once.
			return " and ST_Intersects(b.geom_rd, ST_Transform(ST_MakeEnvelope(:west, :south, :east, :north, %d), 28992))"
				.formatted(bbox.crs().srid());
		}
		if (!bbox.crossesAntimeridian()) {
			return " and ST_Intersects(b.geom_wgs84, ST_MakeEnvelope(:west, :south, :east, :north, 4326))";
		}
		return " and (ST_Intersects(b.geom_wgs84, ST_MakeEnvelope(:west, :south, 180, :north, 4326))"
				+ " or ST_Intersects(b.geom_wgs84, ST_MakeEnvelope(-180, :south, :east, :north, 4326)))";
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, IndicatorLayer layer) {
		if (layer == null) {
			return spec;
		}
		return spec.param("indicator", layer.code()).param("period", layer.period()).param("unit", layer.unit());
	}

	/** Added only when asked for, so the statement for every gemeente stays as it was. */
	private static String gemeenteFilter(String gemeente) {
		return (gemeente != null) ? " and a.gemeente_code = :gemeente" : "";
	}

	private static JdbcClient.StatementSpec bindGemeente(JdbcClient.StatementSpec spec, String gemeente) {
		return (gemeente != null) ? spec.param("gemeente", gemeente) : spec;
	}

	/**
	 * A compiled CQL2 filter: its SQL names only {@link Queryable} columns and bind
	 * parameters.
	 */
	private static String attributeFilter(AttributeFilter filter) {
		return (filter != null) ? " and " + filter.sql() : "";
	}

	private static JdbcClient.StatementSpec bindFilter(JdbcClient.StatementSpec spec, AttributeFilter filter) {
		return (filter != null) ? spec.params(filter.parameters()) : spec;
	}

	private static JdbcClient.StatementSpec bindBbox(JdbcClient.StatementSpec spec, BoundingBox bbox) {
		if (bbox == null) {
			return spec;
		}
		return spec.param("west", bbox.west())
			.param("south", bbox.south())
			.param("east", bbox.east())
			.param("north", bbox.north());
	}

}
