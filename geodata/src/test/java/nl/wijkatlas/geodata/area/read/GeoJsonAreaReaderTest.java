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
		AreaLayer layer = read(
				SmallGeoJson.collection(null,
						SmallGeoJson.feature("BU09990101", "Kern", SmallGeoJson.square(6.08, 52.51, 0.01))),
				AreaLevel.BUURT);

		assertThat(this.problems.list()).isEmpty();
		assertThat(layer.features().get(0).srid()).isEqualTo(Srid.WGS84);
	}

	@Test
	void shouldReadCrs84AsWgs84AndEpsgShortNameAsRdNew() {
		AreaLayer crs84 = read(
				SmallGeoJson.collection("urn:ogc:def:crs:OGC:1.3:CRS84",
						SmallGeoJson.feature("BU09990101", "Kern", SmallGeoJson.square(6.08, 52.51, 0.01))),
				AreaLevel.BUURT);
		AreaLayer rd = read(
				SmallGeoJson.collection("EPSG:28992",
						SmallGeoJson.feature("BU09990101", "Kern", SmallGeoJson.square(100000, 400000, 10))),
				AreaLevel.BUURT);

		assertThat(this.problems.list()).isEmpty();
		assertThat(crs84.features().get(0).srid()).isEqualTo(Srid.WGS84);
		assertThat(rd.features().get(0).srid()).isEqualTo(Srid.RD_NEW);
	}

	@Test
	void shouldRejectEpsg4326BecauseItsAxisOrderIsLatLon() {
		AreaLayer layer = read(
				SmallGeoJson.collection("EPSG:4326",
						SmallGeoJson.feature("BU09990101", "Kern", SmallGeoJson.square(6.08, 52.51, 0.01))),
				AreaLevel.BUURT);

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

	private AreaLayer read(String text, AreaLevel level) {
		return this.reader.read("test.geojson", text.getBytes(StandardCharsets.UTF_8), level, this.problems);
	}

}
