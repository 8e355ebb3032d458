package nl.wijkatlas.opendata;

import nl.wijkatlas.problem.RequestRefused;

import java.io.ByteArrayOutputStream;
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

	private final char separator;

	private final char decimalMark;

	private final boolean byteOrderMark;

	CsvDialect(char separator, char decimalMark, boolean byteOrderMark) {
		this.separator = separator;
		this.decimalMark = decimalMark;
		this.byteOrderMark = byteOrderMark;
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
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					text.append(this.separator);
				}
				text.append(field(row.get(i)));
			}
			text.append("\r\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 3);
		if (this.byteOrderMark) {
			out.writeBytes(BOM);
		}
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	String field(String value) {
		if (value == null) {
			return "";
		}
		value = guardFormula(value);
		boolean quote = value.indexOf(this.separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
