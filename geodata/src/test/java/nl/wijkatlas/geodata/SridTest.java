package nl.wijkatlas.geodata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SridTest {

	@Test
	void shouldReadTheCrsNamesOfGeoJsonAndGeoPackageFiles() {
		assertThat(Srid.fromCrsName("urn:ogc:def:crs:EPSG::28992")).hasValue(Srid.RD_NEW);
		assertThat(Srid.fromCrsName("EPSG:28992")).hasValue(Srid.RD_NEW);
		assertThat(Srid.fromCrsName("urn:ogc:def:crs:EPSG:6.18:3:3857")).isEmpty();
		assertThat(Srid.fromCrsName("http://www.opengis.net/def/crs/EPSG/0/28992")).hasValue(Srid.RD_NEW);
		assertThat(Srid.fromCrsName("urn:ogc:def:crs:OGC:1.3:CRS84")).hasValue(Srid.WGS84);
		assertThat(Srid.fromCrsName("EPSG:3857")).hasValue(Srid.WEB_MERCATOR);
		assertThat(Srid.fromCrsName("Amersfoort / RD New")).isEmpty();
		assertThat(Srid.fromCrsName(null)).isEmpty();
	}

	@Test
	void shouldTellCrs84FromEpsg4326() {
		assertThat(Srid.isCrs84("urn:ogc:def:crs:OGC:1.3:CRS84")).isTrue();
		assertThat(Srid.isCrs84("EPSG:4326")).isFalse();
	}

}
