package nl.wijkatlas.opgave;

import nl.wijkatlas.geodata.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatlas.change.References;
import nl.wijkatlas.graphql.InputBounds;
import nl.wijkatlas.graphql.InputErrors;

import org.springframework.stereotype.Component;

/**
 * Checks an opgave input completely before anything is written: text fields, the period,
 * the areas, the organisations and kredieten the DIN tree names, and amounts. Lengths and
 * list sizes are bounded before, for every input alike
 * ({@code nl.wijkatlas.limits.InputBoundsInstrumentation}).
 */
@Component
class OpgaveInputValidator {

	private static final Pattern PERIOD = Patterns.PERIOD;

	private final References references;

	OpgaveInputValidator(References references) {
		this.references = references;
	}

	void validate(OpgaveInput input) {
		InputErrors errors = new InputErrors();
		text(errors, "input.title", input.title());
		text(errors, "input.theme", input.theme());
		period(errors, input.period());
		List<String> areas = (input.areaCodes() != null) ? input.areaCodes() : List.of();
		errors.require(!areas.isEmpty(), "input.areaCodes", "name at least one area");
		this.references.missing("area", areas)
			.forEach((code) -> errors.add("input.areaCodes", "no area with code " + code));
		if (input.sourceId() != null) {
			this.references.missing("source", List.of(input.sourceId()))
				.forEach((id) -> errors.add("input.sourceId", "no source with id " + id));
		}
		List<String> organisations = new ArrayList<>();
		List<String> credits = new ArrayList<>();
		List<OpgaveInput.DoelInput> doelen = input.doelenOrEmpty();
		for (int d = 0; d < doelen.size(); d++) {
			OpgaveInput.DoelInput doel = doelen.get(d);
			text(errors, "input.doelen." + d + ".title", doel.title());
			List<OpgaveInput.InspanningInput> inspanningen = (doel.inspanningen() != null) ? doel.inspanningen()
					: List.of();
			for (int i = 0; i < inspanningen.size(); i++) {
				String field = "input.doelen." + d + ".inspanningen." + i;
				OpgaveInput.InspanningInput inspanning = inspanningen.get(i);
				text(errors, field + ".title", inspanning.title());
				if (inspanning.betrokkenen() != null) {
					organisations.addAll(inspanning.betrokkenen());
				}
				List<OpgaveInput.MiddelInput> middelen = (inspanning.middelen() != null) ? inspanning.middelen()
						: List.of();
				for (int m = 0; m < middelen.size(); m++) {
					OpgaveInput.MiddelInput middel = middelen.get(m);
					Double amount = middel.amount();
					errors.require(InputBounds.isAmount(amount), field + ".middelen." + m + ".amount",
							InputBounds.AMOUNT_MESSAGE);
					if (middel.creditId() != null) {
						credits.add(middel.creditId());
					}
				}
			}
		}
		this.references.missing("organisation", organisations)
			.forEach((id) -> errors.add("input.doelen", "no organisation with id " + id));
		this.references.missing("credit", credits)
			.forEach((id) -> errors.add("input.doelen", "no credit with id " + id));
		errors.throwIfAny();
	}

	private static void text(InputErrors errors, String field, String value) {
		// Lengths are bounded before this runs (@length in the schema).
		errors.require(value != null && !value.isBlank(), field, "must not be empty");
	}

	private static void period(InputErrors errors, String period) {
		Matcher matcher = (period != null) ? PERIOD.matcher(period) : null;
		if (matcher == null || !matcher.matches()) {
			errors.add("input.period", "'" + period + "' is not a period; expected 2024 or 2023-2024");
		}
		else if (matcher.group(2) != null && matcher.group(2).compareTo(matcher.group(1)) <= 0) {
			errors.add("input.period", "the period must end after it starts");
		}
	}

}
