package nl.wijkatlas.initiative;

import java.util.List;

/**
 * A scheme that funds or supports resident initiatives (Premie op Actie, Buurtbonus,
 * ...). {@code maxAmountStatus} says whether the maximum is in force or only planned,
 * with the source's words in {@code maxAmountStatusQuote}; null where no source says.
 */
public record InitiativeScheme(String id, String name, String description, Double maxAmount, String maxAmountStatus,
		String maxAmountStatusQuote, Double maxShare, Double budgetPerYear, String budgetScope, List<String> categories,
		String website, String sourceId, String sourceLocator, String note) {
}
