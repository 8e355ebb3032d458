package nl.wijkatlas.initiative;

import java.util.List;

/**
 * A scheme that funds or supports resident initiatives (Premie op Actie, Buurtbonus,
 * ...).
 */
public record InitiativeScheme(String id, String name, String description, Double maxAmount, Double maxShare,
		Double budgetPerYear, String budgetScope, List<String> categories, String website, String sourceId,
		String sourceLocator, String note) {
}
