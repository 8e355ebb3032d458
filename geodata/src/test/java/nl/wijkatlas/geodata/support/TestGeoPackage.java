package nl.wijkatlas.geodata.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/**
 * Builds a small GeoPackage shaped like the CBS Wijk- en Buurtkaart: layers
 * {@code gemeenten}, {@code wijken} and {@code buurten} with CBS column names and a
 * {@code water} column.
 */
public final class TestGeoPackage {

	private static final String RD_NEW_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
			+ "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0],"
			+ "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Oblique_Stereographic\"],"
			+ "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
			+ "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
			+ "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"28992\"]]";

	/**
	 * One row of a layer.
	 *
	 * @param code e.g. {@code BU99990101}
	 * @param name e.g. {@code Dorpskern}
	 * @param gemeenteCode e.g. {@code GM9999}
	 * @param gemeenteNaam e.g. {@code Testdorp}
	 * @param water {@code JA} or {@code NEE}
	 * @param wkt the geometry
	 */
	public record Row(String code, String name, String gemeenteCode, String gemeenteNaam, String water, String wkt) {

		public static Row land(String code, String name, String gemeenteCode, String gemeenteNaam, String wkt) {
			return new Row(code, name, gemeenteCode, gemeenteNaam, "NEE", wkt);
		}

	}

	private final List<Row> gemeenten = new ArrayList<>();

	private final List<Row> wijken = new ArrayList<>();

	private final List<Row> buurten = new ArrayList<>();

	private int epsg = 28992;

	public TestGeoPackage gemeente(Row row) {
		this.gemeenten.add(row);
		return this;
	}

	public TestGeoPackage wijk(Row row) {
		this.wijken.add(row);
		return this;
	}

	public TestGeoPackage buurt(Row row) {
		this.buurten.add(row);
		return this;
	}

	/** Declares the layers in another CRS (only 4326 is supported by the builder). */
	public TestGeoPackage epsg(int epsg) {
		this.epsg = epsg;
		return this;
	}

	public static String square(double x, double y, double size) {
		return "MULTIPOLYGON (((" + x + " " + y + ", " + (x + size) + " " + y + ", " + (x + size) + " " + (y + size)
				+ ", " + x + " " + (y + size) + ", " + x + " " + y + ")))";
	}

	public Path write(Path directory, String name) {
		Path file = directory.resolve(name);
		GeoPackageManager.create(file.toFile());
		try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
			SpatialReferenceSystem srs = srs(geoPackage);
			layer(geoPackage, srs, "gemeenten", "gemeente", this.gemeenten);
			layer(geoPackage, srs, "wijken", "wijk", this.wijken);
			layer(geoPackage, srs, "buurten", "buurt", this.buurten);
		}
		return file;
	}

	private SpatialReferenceSystem srs(GeoPackage geoPackage) {
		try {
			if (this.epsg != 28992) {
				return geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(this.epsg);
			}
			SpatialReferenceSystem srs = new SpatialReferenceSystem();
			srs.setSrsName("Amersfoort / RD New");
			srs.setSrsId(28992);
			srs.setOrganization("EPSG");
			srs.setOrganizationCoordsysId(28992);
			srs.setDefinition(RD_NEW_WKT);
			geoPackage.getSpatialReferenceSystemDao().create(srs);
			return srs;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void layer(GeoPackage geoPackage, SpatialReferenceSystem srs, String table, String prefix, List<Row> rows) {
		GeometryColumns geometryColumns = new GeometryColumns();
		geometryColumns.setId(new TableColumnKey(table, "geom"));
		geometryColumns.setGeometryType(GeometryType.MULTIPOLYGON);
		geometryColumns.setZ((byte) 0);
		geometryColumns.setM((byte) 0);
		geometryColumns.setSrs(srs);
		List<FeatureColumn> columns = new ArrayList<>();
		if (!prefix.equals("gemeente")) {
			columns.add(FeatureColumn.createColumn(prefix + "code", GeoPackageDataType.TEXT));
			columns.add(FeatureColumn.createColumn(prefix + "naam", GeoPackageDataType.TEXT));
		}
		columns.add(FeatureColumn.createColumn("gemeentecode", GeoPackageDataType.TEXT));
		columns.add(FeatureColumn.createColumn("gemeentenaam", GeoPackageDataType.TEXT));
		columns.add(FeatureColumn.createColumn("water", GeoPackageDataType.TEXT));
		geoPackage.createFeatureTable(
				FeatureTableMetadata.create(geometryColumns, columns, new BoundingBox(0, 289000, 300000, 629000)));
		FeatureDao dao = geoPackage.getFeatureDao(table);
		for (Row row : rows) {
			FeatureRow feature = dao.newRow();
			if (!prefix.equals("gemeente")) {
				feature.setValue(prefix + "code", row.code());
				feature.setValue(prefix + "naam", row.name());
			}
			feature.setValue("gemeentecode", row.gemeenteCode());
			feature.setValue("gemeentenaam", row.gemeenteNaam());
			feature.setValue("water", row.water());
			feature.setGeometry(geometry(srs.getSrsId(), row.wkt()));
			dao.create(feature);
		}
	}

	private static GeoPackageGeometryData geometry(long srsId, String wkt) {
		try {
			Geometry geometry = new WKTReader().read(wkt);
			return GeoPackageGeometryData.createFromWkb(srsId, new WKBWriter().write(geometry));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(wkt, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
