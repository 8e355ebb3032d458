package nl.wijkatlas.geodata.area;

import nl.wijkatlas.geodata.AreaLevel;
import org.locationtech.jts.geom.Geometry;

/**
 * One area as read from a source file, before validation.
 *
 * @param code the CBS code as written in the file (may be blank or malformed)
 * @param name the name as written in the file (may be blank)
 * @param level the level the file holds
 * @param parentCode the wijk of a buurt (derived from its code), else null
 * @param gemeenteCode the gemeente the file says the feature belongs to, or null when it
 * says nothing
 * @param geometry the geometry in the CRS of {@code srid}, or null when the feature has
 * none
 * @param srid the EPSG code of the geometry's coordinates ({@link Srid#RD_NEW} or
 * {@link Srid#WGS84})
 * @param file the file name, for messages
 * @param featureRef where the feature is in the file, e.g. {@code features[12]}
 */
public record AreaFeature(String code, String name, AreaLevel level, String parentCode, String gemeenteCode,
		Geometry geometry, int srid, String file, String featureRef) {

	/**
	 * Where the feature is, with its code when it has one, for messages.
	 * @return e.g. {@code features[12] BU01931000}
	 */
	public String where() {
		return (this.code == null || this.code.isBlank()) ? this.featureRef : this.featureRef + " " + this.code;
	}

}
