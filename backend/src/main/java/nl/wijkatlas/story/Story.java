package nl.wijkatlas.story;

import java.util.List;

import nl.wijkatlas.geo.LonLat;

/**
 * A storymap: ordered chapters, each with text, a map view, the layers to show and the
 * data it cites. Bound to live data: a chapter names an indicator and period, not a
 * picture of them.
 */
public record Story(String slug, String title, String summary, String titleEn, String summaryEn, List<String> sourceIds,
		int version) {

	/** A chapter; {@code titleEn} and {@code textEn} are its English texts, or null. */
	public record Chapter(long id, String storySlug, int order, String title, String text, String titleEn,
			String textEn, View view, Layers layers, String missingFigures, int version) {
	}

	/** Where the map looks: an area to fit, or a camera. */
	public record View(String focusAreaCode, LonLat center, Double zoom) {
	}

	/**
	 * The layers of a chapter. {@code level} is the level the map draws (stored, or
	 * derived from the focus area); {@code period} the stored period or, when none is
	 * stored ({@code latestPeriod}), the latest period with figures at that level in the
	 * focus area's gemeente — so a chapter shows a new wave of figures as soon as it is
	 * imported.
	 */
	public record Layers(String indicatorCode, String period, boolean latestPeriod, String level, boolean initiatives,
			boolean credits) {
	}

	public record Citation(long chapterId, String sourceId, String locator) {
	}

}
