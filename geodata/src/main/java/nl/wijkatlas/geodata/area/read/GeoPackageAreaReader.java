package nl.wijkatlas.geodata.area.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.Srid;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.area.AreaLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one gemeente from a CBS Wijk- en Buurtkaart GeoPackage (full resolution): layers
 * {@code buurten} and {@code wijken}, rows filtered by {@code gemeentecode}, and only the
 * land rows ({@code water = 'NEE'}) where the layer has a {@code water} column, since
 * some editions ship land and water parts of an area as separate rows. Each layer's SRS
 * must be EPSG:28992.
 */
public final class GeoPackageAreaReader {

	private static final String LAYER_GEMEENTEN = "gemeenten";

	/**
	 * Reads the wijken and buurten of one gemeente.
	 * @param file the GeoPackage
	 * @param gemeenteCode the gemeente to read, e.g. {@code GM0193}
	 * @param problems where problems are reported
	 * @return the layers; a layer is unreadable after a file- or layer-level problem
	 */
	public GeoPackageContent read(Path file, String gemeenteCode, Problems problems) {
		String name = file.getFileName().toString();
		GeoPackage geoPackage;
		try {
			geoPackage = GeoPackageManager.open(false, file.toFile());
		}
		catch (RuntimeException ex) {
			problems.add(name, null, "not a readable GeoPackage: " + ex.getMessage());
			return new GeoPackageContent(AreaLayer.unreadable(name, AreaLevel.BUURT),
					AreaLayer.unreadable(name, AreaLevel.WIJK), null);
		}
		try (geoPackage) {
			GemeenteNames names = new GemeenteNames();
			AreaLayer buurten = readLayer(geoPackage, name, AreaLevel.BUURT, gemeenteCode, names, problems);
			AreaLayer wijken = readLayer(geoPackage, name, AreaLevel.WIJK, gemeenteCode, names, problems);
			if (names.name == null) {
				readGemeenteName(geoPackage, gemeenteCode, names);
			}
			return new GeoPackageContent(buurten, wijken, names.name);
		}
	}

	private AreaLayer readLayer(GeoPackage geoPackage, String file, AreaLevel level, String gemeenteCode,
			GemeenteNames names, Problems problems) {
		String layer = GeoPackageColumns.layerName(level);
		if (!geoPackage.isFeatureTable(layer)) {
			problems.add(file, null, "layer '" + layer + "' is missing (feature layers: "
					+ String.join(", ", geoPackage.getFeatureTables()) + ")");
			return AreaLayer.unreadable(file, level);
		}
		FeatureDao dao = geoPackage.getFeatureDao(layer);
		SpatialReferenceSystem srs = dao.getSrs();
		if (!isRdNew(srs)) {
			problems.add(file, "layer " + layer,
					"wrong CRS: the geometry SRS is " + srs.getOrganization() + ":" + srs.getOrganizationCoordsysId()
							+ " (srs_id " + srs.getSrsId() + "); expected " + Srid.describe(Srid.RD_NEW));
			return AreaLayer.unreadable(file, level);
		}
		GeoPackageColumns columns = GeoPackageColumns.of(dao.getTable(), level, file, problems);
		if (columns == null) {
			return AreaLayer.unreadable(file, level);
		}
		List<AreaFeature> features = new ArrayList<>();
		YearCollector years = new YearCollector(file);
		FeatureResultSet rows = dao.query(columns.where(), new String[] { gemeenteCode });
		try {
			for (FeatureRow row : rows) {
				AreaFeature feature = toFeature(row, layer, level, columns, srs.getSrsId(), file, problems);
				features.add(feature);
				years.add(feature.where(), columns.year(row), problems);
				names.offer(columns.text(row, columns.gemeenteName()));
			}
		}
		finally {
			rows.close();
		}
		return new AreaLayer(file, level, List.copyOf(features), years.year(), true);
	}

	private AreaFeature toFeature(FeatureRow row, String layer, AreaLevel level, GeoPackageColumns columns, long srsId,
			String file, Problems problems) {
		String code = columns.text(row, columns.code());
		String ref = layer + " fid " + row.getId();
		String where = (code == null) ? ref : ref + " " + code;
		Geometry geometry = null;
		try {
			GeoPackageGeometryData data = row.getGeometry();
			if (data != null && !data.isEmpty()) {
				if (data.getSrsId() != srsId) {
					problems.add(file, where, "wrong CRS: the geometry header names srs_id " + data.getSrsId()
							+ " while the layer's SRS is srs_id " + srsId);
				}
				geometry = new WKBReader(new GeometryFactory(new PrecisionModel(), Srid.RD_NEW))
					.read(GeoPackageGeometryData.wkb(data));
			}
		}
		catch (Exception ex) {
			problems.add(file, where, "geometry cannot be read: " + ex.getMessage());
		}
		String parent = (level == AreaLevel.BUURT && AreaLevel.BUURT.matches(code)) ? AreaLevel.wijkOfBuurt(code)
				: null;
		return new AreaFeature(code, columns.text(row, columns.name()), level, parent,
				columns.text(row, columns.gemeente()), geometry, Srid.RD_NEW, file, ref);
	}

	private static boolean isRdNew(SpatialReferenceSystem srs) {
		return srs != null && srs.getOrganization() != null
				&& srs.getOrganization().toUpperCase(Locale.ROOT).equals("EPSG")
				&& srs.getOrganizationCoordsysId() == Srid.RD_NEW;
	}

	private void readGemeenteName(GeoPackage geoPackage, String gemeenteCode, GemeenteNames names) {
		if (!geoPackage.isFeatureTable(LAYER_GEMEENTEN)) {
			return;
		}
		FeatureDao dao = geoPackage.getFeatureDao(LAYER_GEMEENTEN);
		if (!dao.getTable().hasColumn("gemeentecode") || !dao.getTable().hasColumn("gemeentenaam")) {
			return;
		}
		FeatureResultSet rows = dao.queryForEq("gemeentecode", gemeenteCode);
		try {
			for (FeatureRow row : rows) {
				Object value = row.getValue("gemeentenaam");
				names.offer((value != null) ? value.toString() : null);
			}
		}
		finally {
			rows.close();
		}
	}

	private static final class GemeenteNames {

		private String name;

		void offer(String candidate) {
			if (this.name == null && candidate != null && !candidate.isBlank()) {
				this.name = candidate.trim();
			}
		}

	}

}
