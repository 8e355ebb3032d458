package nl.wijkatlas.initiative;

import java.util.List;

import nl.wijkatlas.geo.LonLat;

/**
 * A bewonersinitiatief: who, what, where, how it is funded. Location and dates only where
 * a source gives them.
 */
public record Initiative(String id, String title, String description, String initiatorId, LonLat location,
		String status, String fundingSchemeId, Double amount, String startedOn, String link, List<String> areaCodes,
		String sourceId, String sourceLocator, String note, int version) {
}
