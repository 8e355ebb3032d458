package nl.wijkatlas.area;

import nl.wijkatlas.geodata.AreaLevel;
import java.util.List;

import nl.wijkatlas.geo.LonLat;

/**
 * One area with its current boundary's cheap, pre-computed properties. The geometry
 * itself is loaded separately, only when a query asks for it.
 */
public record Area(String code, String name, AreaLevel level, String parentCode, String sourceId, Membership membership,
		int boundaryYear, double areaKm2, LonLat centroid, LonLat labelPoint, List<Double> bbox) {

	/**
	 * Why an area sits under its parent: stated by a source, or provisional.
	 */
	public record Membership(String areaCode, boolean provisional, String note, String sourceId) {
	}

}
