package nl.wijkatlas.geodata.content;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Patterns;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.Problem;
import nl.wijkatlas.geodata.Problems;

/**
 * Checks the content before anything is written: required fields, allowed kinds,
 * well-formed periods and dates, non-negative amounts, unique ids, and that every
 * reference (source, organisation, scheme, credit, budget goal, area, indicator) points
 * at something that exists.
 */
final class ContentValidator {

	private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

	private static final Pattern PERIOD = Patterns.PERIOD;

	private static final Set<String> SOURCE_KINDS = Set.of("DATASET", "DOCUMENT", "WEB", "DERIVED", "EXAMPLE");

	private static final Set<String> ORGANISATION_KINDS = Set.of("GEMEENTE_AFDELING", "WIJKTEAM", "WIJKSERVICEPUNT",
			"WIJKVERENIGING", "WIJKPLATFORM", "BEWONERSVERENIGING", "WIJKCENTRUM", "WIJKKRANT", "WELZIJN", "PARTNER",
			"FONDS", "OVERIG");

	private static final Set<String> BUDGET_KINDS = Set.of("REKENING", "BEGROTING", "MEERJARENRAMING");

	private static final Set<String> MIDDEL_KINDS = Set.of("MONEY", "CAPACITY", "CREDIT", "OTHER");

	private static final Set<String> CREDIT_KINDS = Set.of("KREDIET", "BUDGET", "ONDERDEEL", "SUBSIDIE", "REGELING");

	private static final Set<String> TOTAL_SCOPES = Set.of("TOTAL", "SUBTOTAL");

	private static final Set<String> MAX_AMOUNT_STATUSES = Set.of("IN_FORCE", "PLANNED");

	/**
	 * The content README's rule: what only sources from 2002 up to this year give is
	 * historical.
	 */
	static final int HISTORICAL_UNTIL = 2011;

	/** The year an address is dated to, as written after it: "Dobbe 29 (2011)". */
	private static final Pattern ADDRESS_DATE = Pattern.compile("\\(([0-9]{4})(?:/([0-9]{4}))?\\)\\s*$");

	private final Set<String> areaCodes;

	private final Set<String> indicatorCodes;

	private final Problems problems;

	private Set<String> sources;

	private Set<String> organisations;

	private final Map<String, Integer> sourceYears = new HashMap<>();

	/**
	 * @param areaCodes the codes of the areas in the database
	 * @param indicatorCodes the indicator codes in the database, or null to skip that
	 * check
	 */
	ContentValidator(Set<String> areaCodes, Set<String> indicatorCodes, Problems problems) {
		this.areaCodes = areaCodes;
		this.indicatorCodes = indicatorCodes;
		this.problems = problems;
	}

	void validate(Content content) {
		this.sources = ids("sources.json", content.sources(), Content.SourceEntry::id);
		this.organisations = ids("organisations.json", content.organisations(), Content.OrganisationEntry::id);
		Set<String> goals = ids("budget_goals.json", content.budgetGoals(), Content.BudgetGoalEntry::code);
		Set<String> credits = ids("credits.json", content.credits(), Content.CreditEntry::id);
		Set<String> schemes = ids("initiative_schemes.json", content.schemes(), Content.SchemeEntry::id);
		ids("initiatives.json", content.initiatives(), Content.InitiativeEntry::id);
		ids("opgaven.json", content.opgaven(), Content.OpgaveEntry::id);
		ids("story.json", content.stories(), Content.StoryEntry::slug);
		content.sources().forEach(this::checkSource);
		content.sources()
			.stream()
			.filter((source) -> source.id() != null && source.year() != null)
			.forEach((source) -> this.sourceYears.put(source.id(), source.year()));
		content.organisations().forEach(this::checkOrganisation);
		content.budgetGoals().forEach(this::checkBudgetGoal);
		content.credits().forEach((credit) -> checkCredit(credit, goals));
		CreditChecks money = new CreditChecks(content.credits(), this.problems);
		money.check();
		content.budgetGoals().forEach(money::checkStatedTotals);
		content.schemes().forEach(this::checkScheme);
		content.initiatives().forEach((initiative) -> checkInitiative(initiative, schemes));
		content.opgaven().forEach((opgave) -> checkOpgave(opgave, credits));
		content.stories().forEach(this::checkStory);
	}

	private <T> Set<String> ids(String file, List<T> records, Function<T, String> idOf) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < records.size(); i++) {
			String id = idOf.apply(records.get(i));
			if (id == null || id.isBlank()) {
				problem(file, "[" + i + "]", "has no id");
			}
			else if (!seen.add(id)) {
				problem(file, id, "the id is used twice");
			}
			else if (!file.equals("budget_goals.json") && !ID.matcher(id).matches()) {
				problem(file, id, "ids are lowercase letters, digits and hyphens");
			}
		}
		return seen;
	}

	private void checkSource(Content.SourceEntry source) {
		required("sources.json", source.id(), "title", source.title());
		if (!SOURCE_KINDS.contains(source.kind())) {
			problem("sources.json", source.id(), "kind must be one of " + SOURCE_KINDS + ", was " + source.kind());
		}
	}

	private void checkOrganisation(Content.OrganisationEntry organisation) {
		String file = "organisations.json";
		required(file, organisation.id(), "name", organisation.name());
		if (!ORGANISATION_KINDS.contains(organisation.kind())) {
			problem(file, organisation.id(),
					"kind must be one of " + ORGANISATION_KINDS + ", was " + organisation.kind());
		}
		areas(file, organisation.id(), organisation.areaCodes());
		areas(file, organisation.id(), organisation.serviceAreaCodes());
		cited(file, organisation.id(), organisation.sourceId());
		checkHistorical(organisation);
	}

	/**
	 * Organisations, or addresses, that only old sources (2002 up to
	 * {@link #HISTORICAL_UNTIL}) give are historical; one that a later source gives is
	 * not, unless its address is dated old. Undated sources decide nothing: there the
	 * note has to say why.
	 */
	private void checkHistorical(Content.OrganisationEntry organisation) {
		String file = "organisations.json";
		Integer sourceYear = this.sourceYears.get(organisation.sourceId());
		Integer addressYear = addressYear(organisation.address());
		boolean oldSource = sourceYear != null && sourceYear <= HISTORICAL_UNTIL;
		boolean oldAddress = addressYear != null && addressYear <= HISTORICAL_UNTIL;
		boolean historical = Boolean.TRUE.equals(organisation.historical());
		if ((oldSource || oldAddress) && !historical) {
			problem(file, organisation.id(),
					(oldSource ? "its source " + organisation.sourceId() + " is from " + sourceYear
							: "its address is dated " + addressYear)
							+ ", so historical must be true (only sources from 2002-" + HISTORICAL_UNTIL + " give it)");
		}
		if (historical && sourceYear != null && !oldSource && !oldAddress) {
			problem(file, organisation.id(), "historical is true, but its source " + organisation.sourceId()
					+ " is from " + sourceYear + " and its address is not dated " + HISTORICAL_UNTIL + " or earlier");
		}
	}

	/** The latest year an address is dated to ("(2009/2011)" is 2011), or null. */
	static Integer addressYear(String address) {
		if (address == null) {
			return null;
		}
		Matcher date = ADDRESS_DATE.matcher(address);
		if (!date.find()) {
			return null;
		}
		return Integer.valueOf((date.group(2) != null) ? date.group(2) : date.group(1));
	}

	private void checkScheme(Content.SchemeEntry scheme) {
		String file = "initiative_schemes.json";
		cited(file, scheme.id(), scheme.sourceId());
		String status = scheme.maxAmountStatus();
		if (status != null) {
			if (!MAX_AMOUNT_STATUSES.contains(status)) {
				problem(file, scheme.id(), "maxAmountStatus must be one of " + MAX_AMOUNT_STATUSES + ", was " + status);
			}
			if (scheme.maxAmount() == null) {
				problem(file, scheme.id(), "maxAmountStatus needs a maxAmount");
			}
			if ("PLANNED".equals(status)) {
				required(file, scheme.id(), "maxAmountStatusQuote (the source's words for a planned maximum)",
						scheme.maxAmountStatusQuote());
			}
		}
	}

	private void checkBudgetGoal(Content.BudgetGoalEntry goal) {
		String file = "budget_goals.json";
		required(file, goal.code(), "title", goal.title());
		for (Content.BudgetYear year : nonNull(goal.years())) {
			if (year.year() == null || !BUDGET_KINDS.contains(year.kind())) {
				problem(file, goal.code(), "each year needs a year and a kind out of " + BUDGET_KINDS);
			}
		}
		for (Content.StatedTotal total : nonNull(goal.statedTotals())) {
			required(file, goal.code(), "stated total label", total.label());
			if (!TOTAL_SCOPES.contains(total.scope())) {
				problem(file, goal.code() + " '" + total.label() + "'",
						"scope must be one of " + TOTAL_SCOPES + ", was " + total.scope());
			}
		}
		cited(file, goal.code(), goal.sourceId());
	}

	private void checkCredit(Content.CreditEntry credit, Set<String> goals) {
		String file = "credits.json";
		required(file, credit.id(), "name", credit.name());
		if (credit.budgetGoalCode() != null && !goals.contains(credit.budgetGoalCode())) {
			problem(file, credit.id(), "unknown budget goal " + credit.budgetGoalCode());
		}
		if (!CREDIT_KINDS.contains(credit.kind())) {
			problem(file, credit.id(), "kind must be one of " + CREDIT_KINDS + ", was " + credit.kind());
		}
		nonNegative(file, credit.id(), "amount", credit.amount());
		areas(file, credit.id(), credit.areaCodes());
		areas(file, credit.id(), credit.pilotAreaCodes());
		for (String code : nonNull(credit.pilotAreaCodes())) {
			if (nonNull(credit.areaCodes()).contains(code)) {
				problem(file, credit.id(), "area " + code + " is both served and a pilot area; it is one or the other");
			}
		}
		for (Content.Forecast forecast : nonNull(credit.forecasts())) {
			if (forecast.year() == null || forecast.amount() == null) {
				problem(file, credit.id(), "each forecast needs a year and an amount");
			}
		}
		cited(file, credit.id(), credit.sourceId());
	}

	private void checkInitiative(Content.InitiativeEntry initiative, Set<String> schemes) {
		String file = "initiatives.json";
		required(file, initiative.id(), "title", initiative.title());
		organisation(file, initiative.id(), initiative.initiatorOrganisationId());
		if (initiative.fundingSchemeId() != null && !schemes.contains(initiative.fundingSchemeId())) {
			problem(file, initiative.id(), "unknown funding scheme " + initiative.fundingSchemeId());
		}
		if (initiative.location() != null && !validLonLat(initiative.location())) {
			problem(file, initiative.id(), "location must be a WGS84 lon/lat");
		}
		if (initiative.startedOn() != null && !Patterns.PARTIAL_DATE.matcher(initiative.startedOn()).matches()) {
			problem(file, initiative.id(),
					"startedOn must be YYYY, YYYY-MM or YYYY-MM-DD, was " + initiative.startedOn());
		}
		nonNegative(file, initiative.id(), "amount", initiative.amount());
		areas(file, initiative.id(), initiative.areaCodes());
		cited(file, initiative.id(), initiative.sourceId());
	}

	private void checkOpgave(Content.OpgaveEntry opgave, Set<String> credits) {
		String file = "opgaven.json";
		required(file, opgave.id(), "title", opgave.title());
		required(file, opgave.id(), "theme", opgave.theme());
		if (opgave.period() == null || !PERIOD.matcher(opgave.period()).matches()) {
			problem(file, opgave.id(), "period must be YYYY or YYYY-YYYY, was " + opgave.period());
		}
		for (Content.Doel doel : nonNull(opgave.doelen())) {
			required(file, opgave.id(), "doel title", doel.title());
			for (Content.Inspanning inspanning : nonNull(doel.inspanningen())) {
				required(file, opgave.id(), "inspanning title", inspanning.title());
				nonNull(inspanning.betrokkenen()).forEach((id) -> organisation(file, opgave.id(), id));
				for (Content.Middel middel : nonNull(inspanning.middelen())) {
					if (!MIDDEL_KINDS.contains(middel.kind())) {
						problem(file, opgave.id(),
								"middel kind must be one of " + MIDDEL_KINDS + ", was " + middel.kind());
					}
					if (middel.creditId() != null && !credits.contains(middel.creditId())) {
						problem(file, opgave.id(), "unknown credit " + middel.creditId());
					}
					nonNegative(file, opgave.id(), "middel amount", middel.amount());
				}
			}
		}
		areas(file, opgave.id(), opgave.areaCodes());
		cited(file, opgave.id(), opgave.sourceId());
	}

	/** A chapter's map shows areas of one level: any of the levels there are. */
	private static final List<String> STORY_LEVELS = Arrays.stream(AreaLevel.values()).map(Enum::name).toList();

	private void checkStory(Content.StoryEntry story) {
		String file = "story.json";
		required(file, story.slug(), "title", story.title());
		nonNull(story.sourceIds()).forEach((id) -> cited(file, story.slug(), id));
		Set<Integer> orders = new HashSet<>();
		for (Content.Chapter chapter : nonNull(story.chapters())) {
			String where = story.slug() + " chapter " + chapter.order();
			if (chapter.order() == null || !orders.add(chapter.order())) {
				problem(file, where, "each chapter needs its own order number");
			}
			required(file, where, "title", chapter.title());
			required(file, where, "text", chapter.text());
			if (chapter.view() != null) {
				String focus = chapter.view().focusAreaCode();
				if (focus != null && !this.areaCodes.contains(focus)) {
					problem(file, where, "unknown focus area " + focus);
				}
			}
			if (chapter.layers() != null && chapter.layers().indicatorCode() != null && this.indicatorCodes != null
					&& !this.indicatorCodes.contains(chapter.layers().indicatorCode())) {
				problem(file, where, "unknown indicator " + chapter.layers().indicatorCode());
			}
			if (chapter.layers() != null && chapter.layers().level() != null
					&& !STORY_LEVELS.contains(chapter.layers().level())) {
				problem(file, where,
						"layers.level must be one of " + STORY_LEVELS + ", not " + chapter.layers().level());
			}
			nonNull(chapter.citations()).forEach((citation) -> cited(file, where, citation.sourceId()));
		}
	}

	private void areas(String file, String id, List<String> codes) {
		for (String code : nonNull(codes)) {
			if (!this.areaCodes.contains(code)) {
				problem(file, id, "unknown area code " + code);
			}
		}
	}

	private void cited(String file, String id, String sourceId) {
		if (sourceId == null) {
			problem(file, id, "cites no source (sourceId)");
		}
		else if (!this.sources.contains(sourceId)) {
			problem(file, id, "cites unknown source " + sourceId);
		}
	}

	private void organisation(String file, String id, String organisationId) {
		if (organisationId != null && !this.organisations.contains(organisationId)) {
			problem(file, id, "unknown organisation " + organisationId);
		}
	}

	private void required(String file, String id, String field, String value) {
		if (value == null || value.isBlank()) {
			problem(file, id, field + " is required");
		}
	}

	private void nonNegative(String file, String id, String field, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			problem(file, id, field + " must not be negative, was " + value);
		}
	}

	private static boolean validLonLat(Content.Location location) {
		return location.lon() != null && location.lat() != null && Math.abs(location.lon()) <= 180
				&& Math.abs(location.lat()) <= 90;
	}

	private void problem(String file, String where, String message) {
		this.problems.add(new Problem(file, where, message));
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
