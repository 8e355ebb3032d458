package nl.wijkatlas.geodata.area.validate;

import java.util.Locale;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.ImportLimits;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.area.AreaFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks one feature on its own: code, name, gemeente, geometry type, validity and
 * extent.
 */
public final class FeatureValidator {

	private final int maxVertices;

	/**
	 * A validator with a vertex cap.
	 * @param maxVertices the most vertices a feature may have
	 */
	public FeatureValidator(int maxVertices) {
		this.maxVertices = maxVertices;
	}

	/**
	 * Reports what is wrong with a feature.
	 * @param feature the feature
	 * @param gemeenteCode the gemeente being imported, or null when not yet known
	 * @param problems where problems are reported
	 */
	public void validate(AreaFeature feature, String gemeenteCode, Problems problems) {
		String file = feature.file();
		String where = feature.where();
		String level = feature.level().name().toLowerCase(Locale.ROOT);
		String code = feature.code();
		if (code == null || code.isBlank()) {
			problems.add(file, where, "the code is missing or blank");
		}
		else if (!feature.level().matches(code)) {
			problems.add(file, where,
					"code '" + code + "' is not a " + level + " code (" + feature.level().patternDescription() + ")");
		}
		else {
			checkGemeente(feature, gemeenteCode, problems);
		}
		if (feature.name() == null || feature.name().isBlank()) {
			problems.add(file, where, "the name is missing or blank");
		}
		checkGeometry(feature, problems);
	}

	private void checkGemeente(AreaFeature feature, String gemeenteCode, Problems problems) {
		String ofCode = AreaLevel.gemeenteOf(feature.code());
		String level = feature.level().name().toLowerCase(Locale.ROOT);
		if (gemeenteCode != null && !ofCode.equals(gemeenteCode)) {
			problems.add(feature.file(), feature.where(), level + " " + feature.code() + " belongs to gemeente "
					+ ofCode + ", not to the gemeente being imported, " + gemeenteCode);
		}
		else if (feature.gemeenteCode() != null && !feature.gemeenteCode().equals(ofCode)) {
			problems.add(feature.file(), feature.where(), "the file says gemeente " + feature.gemeenteCode()
					+ " but the code " + feature.code() + " belongs to " + ofCode);
		}
	}

	private void checkGeometry(AreaFeature feature, Problems problems) {
		String file = feature.file();
		String where = feature.where();
		Geometry geometry = feature.geometry();
		if (geometry == null) {
			problems.add(file, where, "the geometry is null");
			return;
		}
		if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
			problems.add(file, where,
					"the geometry is a " + geometry.getGeometryType() + "; expected Polygon or MultiPolygon");
			return;
		}
		if (geometry.isEmpty()) {
			problems.add(file, where, "the geometry is empty");
			return;
		}
		int vertices = geometry.getNumPoints();
		if (vertices > this.maxVertices) {
			// Checked before validity: validating a huge ring is itself the cost to avoid
			problems.add(file, where, "the geometry has " + vertices + " vertices; at most " + this.maxVertices
					+ " are accepted per feature (" + ImportLimits.MAX_VERTICES_VARIABLE + ")");
			return;
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			problems.add(file, where, "the geometry is invalid: " + error.getMessage() + " at or near "
					+ PlausibleExtent.format(error.getCoordinate()));
		}
		PlausibleExtent extent = PlausibleExtent.of(feature.srid());
		Coordinate outside = extent.firstOutside(geometry);
		if (outside != null) {
			problems.add(file, where,
					"coordinate " + PlausibleExtent.format(outside) + " lies outside " + extent.description());
		}
	}

}
