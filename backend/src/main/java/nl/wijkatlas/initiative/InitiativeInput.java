package nl.wijkatlas.initiative;

import java.util.List;
import java.util.Map;

/**
 * What a wijkmanager sends to create or update an initiative. {@code location} is a
 * GeoJSON Point in WGS84.
 */
record InitiativeInput(String title, String description, String initiatorOrganisationId, Map<String, Object> location,
		List<String> areaCodes, String status, String fundingSchemeId, Double amount, String startedOn, String link,
		String sourceId, String note) {

	List<String> areaCodesOrEmpty() {
		return (this.areaCodes != null) ? this.areaCodes.stream().distinct().toList() : List.of();
	}

}
