package nl.wijkatlas.geodata.area.read;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

final class JsonProblems {

	private JsonProblems() {
	}

	/**
	 * Phrases a Jackson parse failure: truncated or malformed, where, and Jackson's own
	 * words.
	 */
	static String describe(JacksonException ex) {
		String original = (ex.getOriginalMessage() != null) ? ex.getOriginalMessage() : ex.getClass().getSimpleName();
		String kind = original.contains("end-of-input") ? "truncated JSON (the file ends too early)" : "malformed JSON";
		TokenStreamLocation location = ex.getLocation();
		String at = (location != null && location.getLineNr() > 0)
				? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
		return kind + at + ": " + firstLine(original);
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		String line = (newline < 0) ? text : text.substring(0, newline);
		// Jackson appends where the open array/object started, in terms of its own
		// redacted source.
		int marker = line.indexOf(" (start marker at");
		return (marker < 0) ? line : line.substring(0, marker);
	}

}
