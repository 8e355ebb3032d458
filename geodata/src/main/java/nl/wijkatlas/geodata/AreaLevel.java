package nl.wijkatlas.geodata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The levels of the areas, with the code pattern of each (as in the schema): the
 * hierarchy from the gemeente down, and {@link #GEBIED}, free-form, which may cross it.
 * One enum for the importer and the API.
 */
public enum AreaLevel {

	GEMEENTE("gemeenten", "GM + 4 digits", "^GM[0-9]{4}$"),

	STADSDEEL("stadsdelen", "SD + 4 digits + _ + letters/digits", "^SD[0-9]{4}_[A-Z0-9]+$"),

	WIJK("wijken", "WK + 6 digits", "^WK[0-9]{6}$"),

	BUURT("buurten", "BU + 8 digits", "^BU[0-9]{8}$"),

	GEBIED("gebieden", "GB + 4 digits + _ + letters/digits", "^GB[0-9]{4}_[A-Z0-9_]+$");

	/**
	 * The levels of the CBS hierarchy, from the gemeente down (not the free-form
	 * gebieden).
	 */
	public static final List<AreaLevel> HIERARCHY = List.of(GEMEENTE, STADSDEEL, WIJK, BUURT);

	private final String plural;

	private final String patternDescription;

	private final Pattern pattern;

	AreaLevel(String plural, String patternDescription, String regex) {
		this.plural = plural;
		this.patternDescription = patternDescription;
		this.pattern = Pattern.compile(regex);
	}

	/**
	 * The Dutch plural: the tile layer's name (inside the MVT too), the OGC API
	 * collection id, and the word in texts.
	 * @return e.g. {@code wijken}
	 */
	public String plural() {
		return this.plural;
	}

	/**
	 * The level whose {@link #plural()} this is.
	 * @param plural e.g. {@code wijken}
	 * @return the level, or empty for any other name
	 */
	public static Optional<AreaLevel> byPlural(String plural) {
		return Arrays.stream(values()).filter((level) -> level.plural.equals(plural)).findFirst();
	}

	/**
	 * Every level's plural, for messages that list them.
	 * @return {@code gemeenten, stadsdelen, wijken, buurten and gebieden}
	 */
	public static String pluralsInWords() {
		List<String> plurals = Arrays.stream(values()).map(AreaLevel::plural).toList();
		return String.join(", ", plurals.subList(0, plurals.size() - 1)) + " and " + plurals.get(plurals.size() - 1);
	}

	public boolean matches(String code) {
		return code != null && this.pattern.matcher(code).matches();
	}

	/**
	 * How a code of this level looks, for messages.
	 * @return e.g. {@code BU + 8 digits}
	 */
	public String patternDescription() {
		return this.patternDescription;
	}

	/**
	 * The four digits of the gemeente a code of any level belongs to.
	 * @param code a code that {@link #matches(String) matches} its level
	 * @return e.g. {@code 0193} for {@code BU01931000}
	 */
	public static String gemeenteDigits(String code) {
		return code.substring(2, 6);
	}

	/**
	 * The wijk a buurt belongs to: CBS buurt {@code BU0193WWBB} lies in wijk
	 * {@code WK0193WW}.
	 * @param buurtCode a buurt code
	 * @return the wijk code
	 */
	public static String wijkOfBuurt(String buurtCode) {
		return "WK" + buurtCode.substring(2, 8);
	}

	/**
	 * The gemeente code of an area code of any level.
	 * @param code an area code
	 * @return e.g. {@code GM0193}
	 */
	public static String gemeenteOf(String code) {
		return "GM" + gemeenteDigits(code);
	}

}
