package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a CSV download is written. The default is RFC 4180 (comma, decimal point, CRLF,
 * UTF-8 without BOM) for scripts and GIS tools; {@code sep=;} writes what a Dutch Excel
 * opens by double-click: semicolons, decimal commas and a UTF-8 byte order mark (so
 * accented names survive). Both start with the header row: no comment lines.
 */
enum CsvDialect {

	RFC_4180(',', '.', false), EXCEL_NL(';', ',', true);

	/** What {@link #number} writes: a cell like this is a number, not a formula. */
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final char decimalMark;

	private final boolean byteOrderMark;

	/**
	 * Commons CSV's RFC 4180 with this dialect's separator and CRLF after every row,
	 * quoting minimally: a field with the separator, a quote or a line break, and (the
	 * library's caution) one that starts with a space or one of {@code !"#} or ends with
	 * a space; a quote inside is doubled.
	 */
	private final CSVFormat format;

	CsvDialect(char separator, char decimalMark, boolean byteOrderMark) {
		this.decimalMark = decimalMark;
		this.byteOrderMark = byteOrderMark;
		this.format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			.setRecordSeparator("\r\n")
			.setQuoteMode(QuoteMode.MINIMAL)
			.get();
	}

	/** The dialect the {@code sep} parameter asks for, or a 400 naming it. */
	static CsvDialect forSeparator(String sep) {
		if (sep == null || sep.isEmpty() || sep.equals(",")) {
			return RFC_4180;
		}
		if (sep.equals(";")) {
			return EXCEL_NL;
		}
		throw RequestRefused.badParameter("sep",
				"'" + sep + "' is not a supported separator; use , (default) or ; (semicolons and decimal commas)");
	}

	/** A number as plain digits with this dialect's decimal mark; empty for null. */
	String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		String plain = (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
		return plain.replace('.', this.decimalMark);
	}

	/** The rows, each a list of already formatted fields, as UTF-8 bytes. */
	byte[] write(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, this.format)) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CsvDialect::guarded));
			}
		}
		catch (IOException ex) {
			// printing to a StringBuilder: no I/O can fail
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 3);
		if (this.byteOrderMark) {
			out.writeBytes(BOM);
		}
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** One field as {@link #write} writes it when it is not the first of its row. */
	String field(String value) {
		String guarded = guarded(value);
		if (guarded.isEmpty()) {
			// the library quotes an empty field only at the start of a row
			return guarded;
		}
		StringBuilder out = new StringBuilder();
		try {
			// as the first of a row: printed after a separator, a field starts with one
			this.format.print(guarded, out, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String guarded(String value) {
		return (value != null) ? guardFormula(value) : "";
	}

	/**
	 * OWASP's CSV injection guard: a text cell that a spreadsheet would read as a formula
	 * (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
	 * return) gets a leading {@code '}, so it shows as the text it is. Numbers as
	 * {@link #number} writes them (a negative one starts with {@code -}) stay numbers.
	 */
	static String guardFormula(String value) {
		if (value.isEmpty() || NUMBER.matcher(value).matches()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
