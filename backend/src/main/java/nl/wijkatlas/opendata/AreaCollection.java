package nl.wijkatlas.opendata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.wijkatlas.geodata.AreaLevel;
import nl.wijkatlas.problem.RequestRefused;

/**
 * One area level as open data: its name in URLs ({@code /data/areas/wijk.geojson}), its
 * OGC API collection id ({@code wijken}, the level's plural) and how to describe it.
 */
enum AreaCollection {

	GEMEENTEN(AreaLevel.GEMEENTE, "Gemeente", "The gemeente (municipality) as a whole: the union of its wijken."),

	STADSDELEN(AreaLevel.STADSDEEL, "Stadsdelen",
			"Stadsdelen (city districts), each the union of its wijken; a municipal unit that CBS does not "
					+ "publish. provisional = true where no public source states a wijk's stadsdeel."),

	WIJKEN(AreaLevel.WIJK, "Wijken", "CBS wijken (neighbourhoods), each the union of its buurten."),

	BUURTEN(AreaLevel.BUURT, "Buurten", "CBS buurten, the smallest areas (generalised boundaries)."),

	GEBIEDEN(AreaLevel.GEBIED, "Gebieden",
			"Free-form gebieden that municipal documents name (e.g. Spoorzone), built from CBS buurten; they may "
					+ "overlap and cross the hierarchy.");

	private final AreaLevel level;

	private final String title;

	private final String description;

	AreaCollection(AreaLevel level, String title, String description) {
		this.level = level;
		this.title = title;
		this.description = description;
	}

	AreaLevel level() {
		return this.level;
	}

	/** The OGC API collection id, the level's plural, e.g. {@code wijken}. */
	String id() {
		return this.level.plural();
	}

	String title() {
		return this.title;
	}

	String description() {
		return this.description;
	}

	/** The level as it appears in download URLs, e.g. {@code wijk}. */
	String slug() {
		return slug(this.level);
	}

	private static String slug(AreaLevel level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	static AreaCollection of(AreaLevel level) {
		return Arrays.stream(values()).filter((c) -> c.level == level).findFirst().orElseThrow();
	}

	static Optional<AreaCollection> byId(String id) {
		return AreaLevel.byPlural(id).map(AreaCollection::of);
	}

	/**
	 * The level a request names, case-insensitively: {@code wijk}, {@code WIJK}, ...
	 */
	static Optional<AreaLevel> level(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String upper = name.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(AreaLevel.values()).filter((l) -> l.name().equals(upper)).findFirst();
	}

	/** The level a query parameter names, or a 400 naming the parameter. */
	static AreaLevel requireLevel(String parameter, String name) {
		return level(name)
			.orElseThrow(() -> RequestRefused.badParameter(parameter, "'" + name + "' is not an area level; use one of "
					+ Arrays.stream(AreaLevel.values()).map(AreaCollection::slug).collect(Collectors.joining(", "))));
	}

}
