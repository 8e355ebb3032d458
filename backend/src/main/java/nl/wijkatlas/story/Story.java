package nl.wijkatlas.story;

import java.util.List;

import nl.wijkatlas.geo.LonLat;

/**
 * A storymap: ordered chapters, each with text, a map view, the layers to show and the
 * data it cites. Bound to live data: a chapter names an indicator and period, not a
 * picture of them.
 */
public record Story(String slug, String title, String summary, List<String> sourceIds, int version) {

	public record Chapter(long id, String storySlug, int order, String title, String text, View view, Layers layers,
			String missingFigures, int version) {
	}

	/** Where the map looks: an area to fit, or a camera. */
	public record View(String focusAreaCode, LonLat center, Double zoom) {
	}

	public record Layers(String indicatorCode, String period, boolean initiatives, boolean credits) {
	}

	public record Citation(long chapterId, String sourceId, String locator) {
	}

}
