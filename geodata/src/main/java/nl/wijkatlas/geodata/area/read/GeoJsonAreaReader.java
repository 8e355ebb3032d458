package nl.wijkatlas.geodata.area.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.area.AreaLayer;
import nl.wijkatlas.geodata.area.validate.PlausibleExtent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CBS wijk or buurt layer in GeoJSON (properties {@code statcode},
 * {@code statnaam}, {@code gmCode}, {@code rubriek}, {@code jrstatcode}). File-level
 * problems (empty, malformed JSON, not a FeatureCollection, wrong or missing CRS) make
 * the layer unreadable; feature-level content is checked later by the validator.
 */
public final class GeoJsonAreaReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Reads one layer.
	 * @param file the file name, for messages
	 * @param content the file's bytes
	 * @param level the level this file is expected to hold
	 * @param problems where problems are reported
	 * @return the layer; {@link AreaLayer#readable()} is false after a file-level problem
	 */
	public AreaLayer read(String file, byte[] content, AreaLevel level, Problems problems) {
		if (isBlank(content)) {
			problems.add(file, null, "file is empty");
			return AreaLayer.unreadable(file, level);
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(content);
		}
		catch (JacksonException ex) {
			problems.add(file, null, JsonProblems.describe(ex));
			return AreaLayer.unreadable(file, level);
		}
		String type = Json.text(root, "type");
		if (!root.isObject() || !"FeatureCollection".equals(type)) {
			problems.add(file, null, "not a GeoJSON FeatureCollection (type is "
					+ ((type != null) ? "'" + type + "'" : "missing") + ")");
			return AreaLayer.unreadable(file, level);
		}
		JsonNode features = root.get("features");
		if (features == null || !features.isArray() || features.isEmpty()) {
			problems.add(file, null, "the FeatureCollection has no features");
			return AreaLayer.unreadable(file, level);
		}
		GeoJsonCrs crs = GeoJsonCrs.of(root.get("crs"));
		if (crs.error() != null) {
			problems.add(file, "crs", crs.error());
			return AreaLayer.unreadable(file, level);
		}
		List<AreaFeature> read = new ArrayList<>();
		YearCollector years = new YearCollector(file);
		for (int i = 0; i < features.size(); i++) {
			AreaFeature feature = readFeature(file, "features[" + i + "]", features.get(i), level, crs.srid(),
					problems);
			if (feature != null) {
				read.add(feature);
				years.add(feature.where(), yearOf(Json.text(features.get(i).path("properties"), "jrstatcode")),
						problems);
			}
		}
		if (!crs.declared() && !lonLatCoordinates(file, read, problems)) {
			return AreaLayer.unreadable(file, level);
		}
		return new AreaLayer(file, level, List.copyOf(read), years.year(), true);
	}

	private AreaFeature readFeature(String file, String ref, JsonNode node, AreaLevel level, int srid,
			Problems problems) {
		if (!node.isObject() || !"Feature".equals(Json.text(node, "type"))) {
			problems.add(file, ref, "not a GeoJSON Feature");
			return null;
		}
		JsonNode properties = node.path("properties");
		String code = Json.text(properties, "statcode");
		String where = (code == null || code.isBlank()) ? ref : ref + " " + code;
		String rubriek = Json.text(properties, "rubriek");
		if (rubriek != null && !rubriek.equalsIgnoreCase(level.name())) {
			problems.add(file, where, "rubriek is '" + rubriek + "' but this file is read as the "
					+ level.name().toLowerCase(Locale.ROOT) + " layer");
		}
		Geometry geometry = null;
		JsonNode geometryNode = node.get("geometry");
		if (geometryNode != null && !geometryNode.isNull()) {
			try {
				geometry = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), srid))
					.read(geometryNode.toString());
			}
			catch (Exception ex) {
				problems.add(file, where, "geometry cannot be read: " + rootMessage(ex));
				return null;
			}
		}
		String parent = (level == AreaLevel.BUURT && AreaLevel.BUURT.matches(code)) ? AreaLevel.wijkOfBuurt(code)
				: null;
		return new AreaFeature(code, Json.text(properties, "statnaam"), level, parent, Json.text(properties, "gmCode"),
				geometry, srid, file, ref);
	}

	/**
	 * RFC 7946 coordinates must be lon/lat; metres there mean the file lost its crs
	 * member.
	 */
	private boolean lonLatCoordinates(String file, List<AreaFeature> features, Problems problems) {
		for (AreaFeature feature : features) {
			if (feature.geometry() == null) {
				continue;
			}
			Coordinate outside = PlausibleExtent.LON_LAT.firstOutside(feature.geometry());
			if (outside != null) {
				problems.add(file, feature.where(), "missing CRS: the file has no crs member, so RFC 7946 "
						+ "longitude/latitude applies, but coordinate " + PlausibleExtent.format(outside)
						+ " is not longitude/latitude (metres?); declare the CRS, for RD New: "
						+ "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}");
				return false;
			}
		}
		return true;
	}

	/**
	 * JTS wraps the telling message ("not closed") in a generic one ("could not parse").
	 */
	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause().getMessage() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static Integer yearOf(String jrstatcode) {
		if (jrstatcode != null && jrstatcode.matches("^[0-9]{4}.*")) {
			return Integer.valueOf(jrstatcode.substring(0, 4));
		}
		return null;
	}

	private static boolean isBlank(byte[] content) {
		for (byte b : content) {
			if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
				return false;
			}
		}
		return true;
	}

}
