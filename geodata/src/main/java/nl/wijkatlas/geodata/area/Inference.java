package nl.wijkatlas.geodata.area;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.geodata.Problems;

/** What the files tell when the caller does not: the gemeente and the boundary year. */
final class Inference {

	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(19[0-9]{2}|2[01][0-9]{2})(?![0-9])");

	private Inference() {
	}

	/** The one gemeente the buurt codes name; more or none is a problem. */
	static String gemeente(AreaLayer buurten, Problems problems) {
		Set<String> gemeenten = new TreeSet<>();
		buurten.features()
			.stream()
			.filter((buurt) -> AreaLevel.BUURT.matches(buurt.code()))
			.forEach((buurt) -> gemeenten.add(AreaLevel.gemeenteOf(buurt.code())));
		if (gemeenten.size() == 1) {
			return gemeenten.iterator().next();
		}
		if (buurten.readable()) {
			problems.add(buurten.file(), null,
					gemeenten.isEmpty() ? "no buurt code names a gemeente" : "the buurten belong to several gemeenten ("
							+ String.join(", ", gemeenten) + "); say which one to import");
		}
		return null;
	}

	/**
	 * The one year both layers state. A conflict is a problem; so is silence, unless
	 * {@code silenceAllowed} (another clue may follow).
	 */
	static Integer year(AreaLayer buurten, AreaLayer wijken, boolean silenceAllowed, Problems problems) {
		if (buurten.year() != null && wijken.year() != null && !buurten.year().equals(wijken.year())) {
			problems.add(wijken.file(), null,
					"states year " + wijken.year() + " while " + buurten.file() + " states " + buurten.year());
			return null;
		}
		Integer year = (buurten.year() != null) ? buurten.year() : wijken.year();
		if (year == null && !silenceAllowed && buurten.readable() && wijken.readable()) {
			problems.add(buurten.file(), null, "the boundary year is unknown: the files state none; pass it");
		}
		return year;
	}

	/** The year in a file name such as {@code wijkenbuurten_2025_v1.gpkg}. */
	static Integer yearInName(Path file, Problems problems) {
		Matcher matcher = YEAR_IN_NAME.matcher(file.getFileName().toString());
		if (matcher.find()) {
			return Integer.valueOf(matcher.group(1));
		}
		problems.add(file.getFileName().toString(), null,
				"the boundary year is unknown: neither the layers nor the file name state it; pass it");
		return null;
	}

}
