package nl.wijkatlas.geodata.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) read
 * strictly as UTF-8, with the line each record starts on and its header. Shared by the
 * gebied and indicator imports; the parsing is Commons CSV's, the messages ours.
 */
public final class CsvTable {

	/**
	 * One record.
	 *
	 * @param line the 1-based line it starts on
	 * @param fields its fields, as written
	 */
	public record Row(int line, List<String> fields) {

		/**
		 * Where the record is, for messages.
		 * @return e.g. {@code line 4}
		 */
		public String where() {
			return "line " + this.line;
		}

	}

	private final String file;

	private final List<String> header;

	private final Map<String, Integer> index;

	private final List<Row> rows;

	private CsvTable(String file, List<String> header, List<Row> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
		this.index = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			this.index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
	}

	/**
	 * Reads a CSV file.
	 * @param input the file
	 * @param problems where file-level problems are reported: wrong encoding, empty file,
	 * an unclosed quote
	 * @return the table, or null after a file-level problem
	 */
	public static CsvTable read(InputFile input, Problems problems) {
		String text = Utf8Text.decode(input.name(), input.content(), problems);
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			problems.add(input.name(), null, "file is empty");
			return null;
		}
		List<Row> records;
		try {
			records = parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(input.name(), null, "malformed CSV: " + ex.getMessage());
			return null;
		}
		return new CsvTable(input.name(), records.get(0).fields(), List.copyOf(records.subList(1, records.size())));
	}

	public String file() {
		return this.file;
	}

	/**
	 * The column names, trimmed and in lower case.
	 * @return the header
	 */
	public List<String> columns() {
		return List.copyOf(this.index.keySet());
	}

	public boolean has(String column) {
		return this.index.containsKey(column);
	}

	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * Checks the header: every required column present, no column unknown, none twice.
	 * Reports on line 1.
	 * @param required the columns that must be there
	 * @param optional the columns that may be there
	 * @param problems where problems are reported
	 * @return true when the header is right
	 */
	public boolean checkHeader(Collection<String> required, Collection<String> optional, Problems problems) {
		List<String> errors = new ArrayList<>();
		List<String> missing = required.stream().filter((column) -> !this.index.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			errors.add("missing columns " + String.join(", ", missing));
		}
		List<String> unknown = this.index.keySet()
			.stream()
			.filter((column) -> !required.contains(column) && !optional.contains(column))
			.toList();
		if (!unknown.isEmpty()) {
			errors.add("unknown columns " + String.join(", ", unknown));
		}
		if (this.index.size() < this.header.size()) {
			errors.add("a column name appears twice");
		}
		if (errors.isEmpty()) {
			return true;
		}
		String expected = String.join(",", required)
				+ (optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")");
		problems.add(this.file, "line 1", "wrong header: " + String.join("; ", errors) + "; expected " + expected);
		return false;
	}

	/**
	 * What a reader makes of one record that has the header's width.
	 */
	@FunctionalInterface
	public interface RecordReader<T> {

		/**
		 * @param row the record
		 * @return what it holds, or null when it has a problem (reported)
		 */
		T read(Row row);

	}

	/**
	 * Checks the header, then reads every record of the header's width, in order; a
	 * record of another width is reported and passed over.
	 * @param required the columns that must be there
	 * @param optional the columns that may be there
	 * @param what what the records hold (e.g. {@code figures}), for the problem of a file
	 * without any; null when such a file is fine
	 * @param problems where problems are reported
	 * @param reader reads one record
	 * @return what the records hold without problems; empty after a wrong header
	 */
	public <T> List<T> records(Collection<String> required, Collection<String> optional, String what, Problems problems,
			RecordReader<? extends T> reader) {
		if (!checkHeader(required, optional, problems)) {
			return List.of();
		}
		if (what != null && this.rows.isEmpty()) {
			problems.add(this.file, null, "the file has a header but no " + what);
			return List.of();
		}
		List<T> read = new ArrayList<>();
		for (Row row : this.rows) {
			T value = checkWidth(row, problems) ? reader.read(row) : null;
			if (value != null) {
				read.add(value);
			}
		}
		return read;
	}

	/**
	 * Checks that a record has as many fields as the header.
	 * @param row the record
	 * @param problems where a problem is reported
	 * @return true when it has
	 */
	public boolean checkWidth(Row row, Problems problems) {
		if (row.fields().size() == this.header.size()) {
			return true;
		}
		problems.add(this.file, row.where(), "has " + row.fields().size() + " fields, the header has "
				+ this.header.size() + " (a stray comma, or a field with a comma that is not quoted?)");
		return false;
	}

	/**
	 * A field, trimmed.
	 * @param row the record
	 * @param column the column, in lower case
	 * @return the field, or null when it is blank or the column is absent
	 */
	public String field(Row row, String column) {
		Integer i = this.index.get(column);
		if (i == null || i >= row.fields().size()) {
			return null;
		}
		String value = row.fields().get(i).trim();
		return value.isEmpty() ? null : value;
	}

	/**
	 * RFC 4180 as Commons CSV reads it: comma, double quotes, doubled quotes and line
	 * breaks inside quotes, CR, LF or CRLF between records. Lenient where the files of
	 * people are: text after a closing quote is kept ({@code "a"b} reads {@code ab}).
	 * Empty lines come back as records so that each record's line can be counted; blank
	 * ones are dropped below.
	 */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrailingData(true).get();

	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				// Read before the record is parsed (hasNext parses it): the parser has
				// consumed the previous record's line break, so this is the line the next
				// record starts on.
				int line = (int) parser.getCurrentLineNumber() + 1;
				try {
					if (!records.hasNext()) {
						return rows;
					}
				}
				catch (UncheckedIOException ex) {
					String message = String.valueOf(ex.getCause().getMessage());
					String problem = message.contains("EOF reached before encapsulated token finished")
							? "a quoted field is not closed" : message;
					throw new IllegalArgumentException("line " + line + ": " + problem, ex);
				}
				List<String> fields = records.next().toList();
				boolean blank = fields.size() == 1 && fields.get(0).isBlank();
				if (!blank) {
					rows.add(new Row(line, List.copyOf(fields)));
				}
			}
		}
		catch (IOException ex) {
			// parsing a String: no I/O can fail
			throw new UncheckedIOException(ex);
		}
	}

}
