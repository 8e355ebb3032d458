package nl.wijkatlas.geodata.area.read;

import java.nio.charset.StandardCharsets;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.Srid;
import nl.wijkatlas.geodata.area.AreaFeature;
import nl.wijkatlas.geodata.area.AreaLayer;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.SmallGeoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonAreaReaderTest {

	/** A small square near Zwolle in longitude, latitude order. */
	private static final String LON_LAT_SQUARE = SmallGeoJson.square(6.08, 52.51, 0.01);

	private final GeoJsonAreaReader reader = new GeoJsonAreaReader();

	private final Problems problems = new Problems();

	@Test
	void shouldReadTheBundledZwolleBuurtenInRdNew() {
		AreaLayer layer = read(GeoJsonFiles.text(GeoJsonFiles.BUURTEN), AreaLevel.BUURT);

		assertThat(this.problems.list()).isEmpty();
		assertThat(layer.readable()).isTrue();
		assertThat(layer.year()).isEqualTo(2025);
		assertThat(layer.features()).hasSize(78);
		AreaFeature first = layer.features().get(0);
		assertThat(first.code()).isEqualTo("BU01931000");
		assertThat(first.name()).isEqualTo("Binnenstad-Zuid");
		assertThat(first.parentCode()).isEqualTo("WK019310");
		assertThat(first.gemeenteCode()).isEqualTo("GM0193");
		assertThat(first.srid()).isEqualTo(Srid.RD_NEW);
		assertThat(first.geometry().getGeometryType()).isEqualTo("Polygon");
		assertThat(first.featureRef()).isEqualTo("features[0]");
	}

	@Test
	void shouldReadTheBundledZwolleWijkenWithTheirCbsNames() {
		AreaLayer layer = read(GeoJsonFiles.text(GeoJsonFiles.WIJKEN), AreaLevel.WIJK);

		assertThat(this.problems.list()).isEmpty();
		assertThat(layer.features()).hasSize(16);
		assertThat(layer.features()).extracting(AreaFeature::name).contains("Wijk 30 Holtenbroek");
	}

	@Test
	void shouldReadLonLatWithoutCrsAsWgs84() {
		AreaLayer layer = readOneBuurt(null, LON_LAT_SQUARE);

		assertThat(this.problems.list()).isEmpty();
		assertThat(layer.features().get(0).srid()).isEqualTo(Srid.WGS84);
	}

	@Test
	void shouldReadCrs84AsWgs84AndEpsgShortNameAsRdNew() {
		AreaLayer crs84 = readOneBuurt("urn:ogc:def:crs:OGC:1.3:CRS84", LON_LAT_SQUARE);
		AreaLayer rd = readOneBuurt("EPSG:28992", SmallGeoJson.square(100000, 400000, 10));

		assertThat(this.problems.list()).isEmpty();
		assertThat(crs84.features().get(0).srid()).isEqualTo(Srid.WGS84);
		assertThat(rd.features().get(0).srid()).isEqualTo(Srid.RD_NEW);
	}

	@Test
	void shouldRejectEpsg4326BecauseItsAxisOrderIsLatLon() {
		AreaLayer layer = readOneBuurt("EPSG:4326", LON_LAT_SQUARE);

		assertThat(layer.readable()).isFalse();
		assertThat(this.problems.list().get(0).toString())
			.startsWith("test.geojson: crs: wrong CRS: the file declares 'EPSG:4326'");
	}

	@Test
	void shouldReportARubriekThatContradictsTheLayer() {
		read(GeoJsonFiles.text(GeoJsonFiles.WIJKEN), AreaLevel.BUURT);

		assertThat(this.problems.list().get(0).toString()).isEqualTo(
				"test.geojson: features[0] WK019310: rubriek is 'wijk' but this file is read as the buurt layer");
	}

	/** A buurt layer of one square buurt, with the crs named (or none). */
	private AreaLayer readOneBuurt(String crs, String square) {
		return read(SmallGeoJson.collection(crs, SmallGeoJson.feature("BU09990101", "Kern", square)), AreaLevel.BUURT);
	}

	private AreaLayer read(String text, AreaLevel level) {
		return this.reader.read("test.geojson", text.getBytes(StandardCharsets.UTF_8), level, this.problems);
	}

}
