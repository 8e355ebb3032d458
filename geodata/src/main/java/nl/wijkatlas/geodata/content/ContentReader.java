package nl.wijkatlas.geodata.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.CollectionType;

/**
 * Reads the content files strictly: an unknown field is an error (it is usually a typo
 * that would otherwise lose data silently), and every problem names the file.
 */
final class ContentReader {

	static final List<String> FILES = List.of("sources.json", "organisations.json", "budget_goals.json", "credits.json",
			"initiative_schemes.json", "initiatives.json", "opgaven.json", "story.json");

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final List<Problem> problems = new ArrayList<>();

	/**
	 * @param files the content files by name, in the order of {@link #FILES}
	 */
	Content read(Function<String, InputFile> files) {
		Content content = new Content(list(files.apply("sources.json"), Content.SourceEntry.class),
				list(files.apply("organisations.json"), Content.OrganisationEntry.class),
				list(files.apply("budget_goals.json"), Content.BudgetGoalEntry.class),
				list(files.apply("credits.json"), Content.CreditEntry.class),
				list(files.apply("initiative_schemes.json"), Content.SchemeEntry.class),
				list(files.apply("initiatives.json"), Content.InitiativeEntry.class),
				list(files.apply("opgaven.json"), Content.OpgaveEntry.class),
				list(files.apply("story.json"), Content.StoryEntry.class));
		if (!this.problems.isEmpty()) {
			throw new ImportException(this.problems, 0);
		}
		return content;
	}

	private static boolean startsWithObject(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return b == '{';
			}
		}
		return false;
	}

	private <T> List<T> list(InputFile file, Class<T> type) {
		if (file.content().length == 0) {
			this.problems.add(new Problem(file.name(), null, "the file is empty"));
			return List.of();
		}
		CollectionType listType = this.mapper.getTypeFactory().constructCollectionType(List.class, type);
		try {
			if (startsWithObject(file.content())) {
				// A file holding one record (such as story.json) may give it without a
				// list around it.
				return List.of(this.mapper.readValue(file.content(), type));
			}
			List<T> rows = this.mapper.readValue(file.content(), listType);
			return (rows != null) ? rows : List.of();
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? "line " + ex.getLocation().getLineNr() : null;
			String message = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : ex.getMessage();
			int newline = message.indexOf('\n');
			this.problems.add(new Problem(file.name(), where,
					"not a valid list of " + type.getSimpleName().replace("Entry", "").toLowerCase() + " records: "
							+ ((newline < 0) ? message : message.substring(0, newline))));
			return List.of();
		}
	}

}
