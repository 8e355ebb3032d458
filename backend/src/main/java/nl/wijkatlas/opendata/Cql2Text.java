package nl.wijkatlas.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijkatlas.problem.RequestRefused;

/**
 * Compiles a CQL2 text filter (OGC 21-065, conformance classes Basic CQL2 and CQL2 Text)
 * to an SQL condition: comparisons ({@code = <> < <= > >=}) between queryable properties
 * and string, number or boolean literals, {@code IS [NOT] NULL}, {@code AND}, {@code OR},
 * {@code NOT} and parentheses. Property names are looked up in {@link Queryable} and
 * literals become bind parameters. Anything else — an unknown property, a type mismatch,
 * an operator or function this server does not offer, a syntax error — is a 400 on
 * {@code filter} that says what and at which character (1-based).
 */
final class Cql2Text {

	/**
	 * Long enough for any hand-written or GDAL-built filter; bounds the work per request.
	 */
	static final int MAX_LENGTH = 4000;

	/** Nesting deeper than this is refused rather than risking the stack. */
	private static final int MAX_DEPTH = 64;

	/** Values one IN may list. */
	private static final int MAX_LIST = 500;

	private enum Kind {

		IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, OPERATOR, OPEN, CLOSE, COMMA, END

	}

	private record Token(Kind kind, String text, int position) {

		boolean isKeyword(String keyword) {
			return this.kind == Kind.IDENTIFIER && this.text.equalsIgnoreCase(keyword);
		}

	}

	/** A compared value: its SQL, its CQL2 type and where it starts. */
	private record Operand(String sql, Queryable.Type type, boolean temporal, String describe, int position) {

	}

	private final String text;

	private final List<Token> tokens;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private int next;

	private int depth;

	private Cql2Text(String text) {
		this.text = text;
		this.tokens = tokenize(text);
	}

	/** The SQL condition of the filter, or a 400 naming {@code filter}. */
	static AttributeFilter compile(String filter) {
		if (filter.isBlank()) {
			throw refuse("is empty; give a CQL2 text expression, e.g. level='BUURT' AND parent_code='WK019330'");
		}
		if (filter.length() > MAX_LENGTH) {
			throw refuse("is longer than " + MAX_LENGTH + " characters");
		}
		Cql2Text compiler = new Cql2Text(filter);
		String sql = compiler.orExpression();
		Token end = compiler.peek();
		if (end.kind() != Kind.END) {
			throw compiler.unexpected(end, "AND, OR or the end of the filter");
		}
		return new AttributeFilter(sql, compiler.parameters);
	}

	private String orExpression() {
		enter();
		StringBuilder sql = new StringBuilder(andExpression());
		while (peek().isKeyword("OR")) {
			this.next++;
			sql.insert(0, '(').append(" or ").append(andExpression()).append(')');
		}
		this.depth--;
		return sql.toString();
	}

	private String andExpression() {
		StringBuilder sql = new StringBuilder(factor());
		while (peek().isKeyword("AND")) {
			this.next++;
			sql.insert(0, '(').append(" and ").append(factor()).append(')');
		}
		return sql.toString();
	}

	private String factor() {
		if (peek().isKeyword("NOT")) {
			this.next++;
			enter();
			String negated = "(not " + factor() + ")";
			this.depth--;
			return negated;
		}
		return primary();
	}

	private String primary() {
		Token token = peek();
		if (token.kind() == Kind.OPEN) {
			this.next++;
			String inner = orExpression();
			expect(Kind.CLOSE, "a closing parenthesis");
			return "(" + inner + ")";
		}
		if ((token.isKeyword("TRUE") || token.isKeyword("FALSE")) && !isComparisonOperator(peekAt(1))) {
			this.next++;
			return token.isKeyword("TRUE") ? "true" : "false";
		}
		return predicate();
	}

	private String predicate() {
		Operand left = operand();
		Token operator = peek();
		if (operator.isKeyword("IS")) {
			this.next++;
			boolean not = peek().isKeyword("NOT");
			if (not) {
				this.next++;
			}
			Token nullToken = peek();
			if (!nullToken.isKeyword("NULL")) {
				throw unexpected(nullToken, "NULL");
			}
			this.next++;
			if (left.type() == Queryable.Type.GEOMETRY) {
				throw geometryRefused(left);
			}
			return "(" + left.sql() + (not ? " is not null)" : " is null)");
		}
		boolean negated = operator.isKeyword("NOT");
		Token named = negated ? peekAt(1) : operator;
		if (named.isKeyword("LIKE") || named.isKeyword("BETWEEN") || named.isKeyword("IN")) {
			this.next += negated ? 2 : 1;
			String keyword = named.text().toUpperCase(Locale.ROOT);
			String test = switch (keyword) {
				case "LIKE" -> like(left, named);
				case "BETWEEN" -> between(left, named);
				default -> in(left, named);
			};
			return negated ? "(not " + test + ")" : test;
		}
		if (!isComparisonOperator(operator)) {
			throw unexpected(operator, "a comparison operator (=, <>, <, <=, >, >=) or IS NULL");
		}
		this.next++;
		Operand right = operand();
		checkComparable(left, operator, right);
		return "(" + left.sql() + " " + operator.text() + " " + right.sql() + ")";
	}

	/**
	 * {@code LIKE} with CQL2's wildcards ({@code %} any characters, {@code _} one, a
	 * backslash escapes), which are PostgreSQL's too.
	 */
	private String like(Operand left, Token operator) {
		Operand pattern = operand();
		checkComparable(left, operator, pattern);
		if (left.type() != Queryable.Type.STRING) {
			throw refuse("LIKE at character " + (operator.position() + 1) + " compares strings, not "
					+ typeName(left.type()));
		}
		return "(" + left.sql() + " like " + pattern.sql() + ")";
	}

	private String between(Operand left, Token operator) {
		Operand low = operand();
		Token and = peek();
		if (!and.isKeyword("AND")) {
			throw unexpected(and, "AND (BETWEEN low AND high)");
		}
		this.next++;
		Operand high = operand();
		checkComparable(left, operator, low);
		checkComparable(left, operator, high);
		if (left.type() != Queryable.Type.INTEGER) {
			throw refuse("BETWEEN at character " + (operator.position() + 1) + " compares numbers, not "
					+ typeName(left.type()));
		}
		return "(" + left.sql() + " between " + low.sql() + " and " + high.sql() + ")";
	}

	private String in(Operand left, Token operator) {
		expect(Kind.OPEN, "an opening parenthesis (IN (value, ...))");
		List<String> values = new ArrayList<>();
		while (true) {
			if (values.size() == MAX_LIST) {
				throw refuse(
						"IN at character " + (operator.position() + 1) + " lists more than " + MAX_LIST + " values");
			}
			Operand value = operand();
			checkComparable(left, operator, value);
			values.add(value.sql());
			if (peek().kind() != Kind.COMMA) {
				break;
			}
			this.next++;
		}
		expect(Kind.CLOSE, "a comma or a closing parenthesis");
		return "(" + left.sql() + " in (" + String.join(", ", values) + "))";
	}

	private Operand operand() {
		Token token = peek();
		switch (token.kind()) {
			case STRING -> {
				this.next++;
				return new Operand("cast(" + bind(token.text()) + " as text)", Queryable.Type.STRING, false,
						"the string '" + token.text() + "'", token.position());
			}
			case NUMBER -> {
				this.next++;
				BigDecimal number;
				try {
					number = new BigDecimal(token.text());
				}
				catch (NumberFormatException ex) {
					throw refuse("'" + token.text() + "' at character " + (token.position() + 1) + " is not a number");
				}
				return new Operand("cast(" + bind(number) + " as numeric)", Queryable.Type.INTEGER, false,
						"the number " + token.text(), token.position());
			}
			case QUOTED_IDENTIFIER -> {
				this.next++;
				return property(token);
			}
			case IDENTIFIER -> {
				if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
					this.next++;
					return new Operand(token.isKeyword("TRUE") ? "true" : "false", Queryable.Type.BOOLEAN, false,
							"the boolean " + token.text().toUpperCase(Locale.ROOT), token.position());
				}
				if (peekAt(1).kind() == Kind.OPEN) {
					return functionCall(token);
				}
				this.next++;
				return property(token);
			}
			default -> throw unexpected(token, "a property name or a literal");
		}
	}

	/**
	 * DATE('...') and TIMESTAMP('...') are parsed so that their error says why they
	 * cannot match (no queryable is temporal); every other function is refused by name.
	 */
	private Operand functionCall(Token name) {
		String function = name.text().toUpperCase(Locale.ROOT);
		if (!function.equals("DATE") && !function.equals("TIMESTAMP")) {
			throw refuse("the function " + name.text() + " at character " + (name.position() + 1)
					+ " is not offered; this server offers Basic CQL2 and the advanced comparison operators (LIKE, BETWEEN, IN)");
		}
		this.next += 2;
		Token value = peek();
		if (value.kind() != Kind.STRING) {
			throw unexpected(value, "a quoted " + function.toLowerCase(Locale.ROOT));
		}
		this.next++;
		expect(Kind.CLOSE, "a closing parenthesis");
		return new Operand(null, null, true, function + "('" + value.text() + "')", name.position());
	}

	private Operand property(Token token) {
		Queryable queryable = Queryable.byProperty(token.text())
			.orElseThrow(() -> refuse("unknown property '" + token.text() + "' at character " + (token.position() + 1)
					+ "; the queryables are " + queryableNames()));
		return new Operand(queryable.column(), queryable.type(), false, "the property " + queryable.property(),
				token.position());
	}

	private void checkComparable(Operand left, Token operator, Operand right) {
		for (Operand operand : List.of(left, right)) {
			if (operand.type() == Queryable.Type.GEOMETRY) {
				throw geometryRefused(operand);
			}
			if (operand.temporal()) {
				throw refuse(operand.describe() + " at character " + (operand.position() + 1)
						+ " cannot be compared: no queryable holds a date or time");
			}
		}
		if (left.type() != right.type()) {
			throw refuse(left.describe() + " and " + right.describe() + " at character " + (operator.position() + 1)
					+ " cannot be compared: " + typeName(left.type()) + " and " + typeName(right.type()));
		}
		if (left.type() == Queryable.Type.BOOLEAN && !operator.text().equals("=") && !operator.text().equals("<>")
				&& !operator.isKeyword("IN")) {
			throw refuse("booleans compare only with = and <>, not " + operator.text() + " (character "
					+ (operator.position() + 1) + ")");
		}
	}

	private static String typeName(Queryable.Type type) {
		return switch (type) {
			case STRING -> "a string";
			case INTEGER -> "a number";
			case BOOLEAN -> "a boolean";
			case GEOMETRY -> "a geometry";
		};
	}

	private RequestRefused geometryRefused(Operand operand) {
		return refuse("the property geometry at character " + (operand.position() + 1)
				+ " needs spatial operators, which this server does not offer; use bbox");
	}

	private String bind(Object value) {
		String name = "f" + this.parameters.size();
		this.parameters.put(name, value);
		return ":" + name;
	}

	private static boolean isComparisonOperator(Token token) {
		return token.kind() == Kind.OPERATOR;
	}

	private void enter() {
		if (++this.depth > MAX_DEPTH) {
			throw refuse("nests deeper than " + MAX_DEPTH + " levels");
		}
	}

	private void expect(Kind kind, String what) {
		Token token = peek();
		if (token.kind() != kind) {
			throw unexpected(token, what);
		}
		this.next++;
	}

	private Token peek() {
		return peekAt(0);
	}

	private Token peekAt(int ahead) {
		return this.tokens.get(Math.min(this.next + ahead, this.tokens.size() - 1));
	}

	private RequestRefused unexpected(Token token, String expected) {
		String found = (token.kind() == Kind.END) ? "the end of the filter"
				: "'" + this.text.substring(token.position(), Math.min(this.text.length(), token.position() + 20))
					.split("\\s", 2)[0] + "'";
		return refuse("expected " + expected + " at character " + (token.position() + 1) + " but found " + found);
	}

	private static List<String> queryableNames() {
		return java.util.Arrays.stream(Queryable.values()).map(Queryable::property).toList();
	}

	private static RequestRefused refuse(String detail) {
		return RequestRefused.badParameter("filter", detail);
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(') {
				tokens.add(new Token(Kind.OPEN, "(", i++));
			}
			else if (c == ')') {
				tokens.add(new Token(Kind.CLOSE, ")", i++));
			}
			else if (c == ',') {
				tokens.add(new Token(Kind.COMMA, ",", i++));
			}
			else if (c == '=') {
				tokens.add(new Token(Kind.OPERATOR, "=", i++));
			}
			else if (c == '<' || c == '>') {
				String operator = String.valueOf(c);
				if (i + 1 < text.length() && (text.charAt(i + 1) == '=' || (c == '<' && text.charAt(i + 1) == '>'))) {
					operator += text.charAt(i + 1);
				}
				tokens.add(new Token(Kind.OPERATOR, operator, i));
				i += operator.length();
			}
			else if (c == '\'' || c == '"') {
				// '' inside a string (and "" inside a quoted name) stands for one quote.
				StringBuilder value = new StringBuilder();
				int start = i++;
				while (true) {
					if (i >= text.length()) {
						throw refuse("the " + ((c == '\'') ? "string" : "quoted name") + " starting at character "
								+ (start + 1) + " is not closed");
					}
					if (text.charAt(i) == c) {
						if (i + 1 < text.length() && text.charAt(i + 1) == c) {
							value.append(c);
							i += 2;
							continue;
						}
						i++;
						break;
					}
					value.append(text.charAt(i++));
				}
				tokens.add(new Token((c == '\'') ? Kind.STRING : Kind.QUOTED_IDENTIFIER, value.toString(), start));
			}
			else if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < text.length()
					&& (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.'))) {
				int start = i++;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
						|| ((text.charAt(i) == '-' || text.charAt(i) == '+')
								&& Character.toLowerCase(text.charAt(i - 1)) == 'e'))) {
					i++;
				}
				tokens.add(new Token(Kind.NUMBER, text.substring(start, i), start));
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i++;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
						|| text.charAt(i) == ':' || text.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token(Kind.IDENTIFIER, text.substring(start, i), start));
			}
			else {
				throw refuse("unexpected character '" + c + "' at character " + (i + 1));
			}
		}
		tokens.add(new Token(Kind.END, "", text.length()));
		return tokens;
	}

}
