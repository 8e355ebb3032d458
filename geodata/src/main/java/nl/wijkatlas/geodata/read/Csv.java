package nl.wijkatlas.geodata.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV parser: quoted fields, doubled quotes, line breaks inside quotes.
 */
final class Csv {

	/**
	 * One record and the line it starts on.
	 *
	 * @param line the 1-based line number
	 * @param fields the fields
	 */
	record Row(int line, List<String> fields) {

	}

	private Csv() {
	}

	/**
	 * Parses CSV text.
	 * @param text the text
	 * @return the records, blank lines left out
	 * @throws IllegalArgumentException when a quoted field is not closed
	 */
	static List<Row> parse(String text) {
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					i++;
				}
				endRow(rows, fields, field, rowStart);
				line++;
				rowStart = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException(
					"a quoted field starting on or after line " + rowStart + " is not closed");
		}
		endRow(rows, fields, field, rowStart);
		return rows;
	}

	private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line) {
		fields.add(field.toString());
		field.setLength(0);
		boolean blank = fields.size() == 1 && fields.get(0).isBlank();
		if (!blank) {
			rows.add(new Row(line, List.copyOf(fields)));
		}
		fields.clear();
	}

}
