package nl.wijkatlas.geodata.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bundled domain content as transcribed from the source documents: one record type
 * per file in {@code datasets/<gemeente>/content/}. Field names follow the JSON files.
 */
public record Content(List<SourceEntry> sources, List<OrganisationEntry> organisations,
		List<BudgetGoalEntry> budgetGoals, List<CreditEntry> credits, List<SchemeEntry> schemes,
		List<InitiativeEntry> initiatives, List<OpgaveEntry> opgaven, List<StoryEntry> stories) {

	public record SourceEntry(String id, String kind, String title, String publisher, String url, Integer year,
			String note) {
	}

	public record OrganisationEntry(String id, String name, String kind, List<String> areaCodes, String address,
			String email, String phone, String website, List<String> serviceAreaCodes, Boolean historical,
			String sourceId, String locator, String note) {
	}

	public record BudgetGoalEntry(String code, String title, String domain, List<BudgetYear> years,
			List<String> portfolioHolders, List<String> criteria, String text, List<StatedTotal> statedTotals,
			String sourceId, String locator) {
	}

	/**
	 * A totals row of a begrotingsdoel's kredieten table as the document states it, with
	 * the same columns as the lines it adds up ({@code creditIds}).
	 */
	public record StatedTotal(String label, String scope, BigDecimal amount, Realised realisedToDate,
			BigDecimal remaining, List<Forecast> forecasts, List<String> creditIds, String locator) {
	}

	public record BudgetYear(Integer year, String kind, BigDecimal expenses, BigDecimal income, BigDecimal balance,
			BigDecimal reserveAdditions, BigDecimal reserveWithdrawals, BigDecimal result) {
	}

	public record CreditEntry(String id, String name, String kind, String partOf, String budgetGoalCode,
			BigDecimal amount, Realised realisedToDate, BigDecimal remaining, List<Forecast> forecasts,
			List<String> areaCodes, List<String> pilotAreaCodes, String sourceId, String locator, String note) {
	}

	public record Realised(Integer year, BigDecimal amount) {
	}

	/**
	 * A forecast column: the year, or with {@code openEnded} the year and every later
	 * year ("Raming 2022 en verder").
	 */
	public record Forecast(Integer year, BigDecimal amount, Boolean openEnded) {

		boolean isOpenEnded() {
			return Boolean.TRUE.equals(this.openEnded);
		}

	}

	public record SchemeEntry(String id, String name, String description, BigDecimal maxAmount, String maxAmountStatus,
			String maxAmountStatusQuote, BigDecimal maxShare, BigDecimal budgetPerYear, String budgetScope,
			List<String> categories, String website, String sourceId, String locator, String note) {
	}

	public record InitiativeEntry(String id, String title, String description, String initiatorOrganisationId,
			List<String> areaCodes, Location location, String status, String fundingSchemeId, BigDecimal amount,
			String startedOn, String link, String sourceId, String locator, String note) {
	}

	public record Location(Double lon, Double lat) {
	}

	public record OpgaveEntry(String id, String title, String theme, String period, String status,
			List<String> areaCodes, String summary, List<Doel> doelen, String sourceId, String locator, String note) {
	}

	public record Doel(String title, List<Inspanning> inspanningen) {
	}

	public record Inspanning(String title, List<String> betrokkenen, List<Middel> middelen) {
	}

	public record Middel(String kind, BigDecimal amount, String creditId, String description) {
	}

	public record StoryEntry(String slug, String title, String summary, String titleEn, String summaryEn,
			List<String> sourceIds, List<Chapter> chapters) {
	}

	public record Chapter(Integer order, String title, String text, String titleEn, String textEn, View view,
			Layers layers, List<Citation> citations, String missingFigures) {
	}

	public record View(String focusAreaCode, Camera camera) {
	}

	public record Camera(Double lon, Double lat, Double zoom) {
	}

	public record Layers(String indicatorCode, String period, String level, Boolean initiatives, Boolean credits) {
	}

	public record Citation(String sourceId, String locator) {
	}

}
