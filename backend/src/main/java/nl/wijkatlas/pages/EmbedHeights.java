package nl.wijkatlas.pages;

/**
 * How tall an embed's content is at a width, for the height oEmbed and the snippet give
 * before the embed reports its own (docs/embeds.md: the embed posts its content height to
 * the host page, and the host script sizes the frame to it).
 * <p>
 * The embed's map is 56 % of the frame's width (220 to 460 px); the rest (title, summary,
 * legend, lead, footer with sources) was measured in Chromium for the bundled views at
 * 320, 480, 640, 800 and 1000 px and is interpolated between those widths. The browser
 * test {@code web/e2e/embed.test.mjs} checks the estimate against the rendered height
 * (within 10 %) so the table cannot drift from the page.
 */
final class EmbedHeights {

	enum Kind {

		/** A map of areas without figures (an area profile's map). */
		MAP,

		/** A map with an indicator: its legend and source. */
		MAP_WITH_FIGURES,

		/** A story chapter: its map, legend, lead and sources. */
		STORY_CHAPTER,

		/** A comparison of areas: its key figures table (no map). */
		COMPARISON

	}

	private static final int[] WIDTHS = { 320, 480, 640, 800, 1000 };

	// Content height minus the map's height, per width above (measured, see the class
	// comment).
	private static final int[] MAP_CHROME = { 183, 183, 134, 133, 133 };

	private static final int[] FIGURES_CHROME = { 695, 533, 433, 392, 328 };

	private static final int[] CHAPTER_CHROME = { 1220, 873, 671, 591, 526 };

	// A comparison has no map: its whole height, measured for two Zwolle wijken. It grows
	// with the number of areas and figures (a rough start: the host script corrects it),
	// and
	// below 640 px the table becomes stacked rows.
	private static final int[] COMPARISON_HEIGHT = { 1526, 1326, 1316, 767, 621 };

	private EmbedHeights() {
	}

	/** The map's height at a frame width, as the embed's CSS sets it. */
	static int mapHeight(int width) {
		return (int) Math.round(Math.min(460, Math.max(220, width * 0.56)));
	}

	/** The estimated content height of an embed of this kind at this width. */
	static int estimate(Kind kind, int width) {
		int[] chrome = switch (kind) {
			case MAP -> MAP_CHROME;
			case MAP_WITH_FIGURES -> FIGURES_CHROME;
			case STORY_CHAPTER -> CHAPTER_CHROME;
			case COMPARISON -> COMPARISON_HEIGHT;
		};
		return ((kind == Kind.COMPARISON) ? 0 : mapHeight(width)) + interpolate(chrome, width);
	}

	private static int interpolate(int[] values, int width) {
		if (width <= WIDTHS[0]) {
			return values[0];
		}
		for (int i = 1; i < WIDTHS.length; i++) {
			if (width <= WIDTHS[i]) {
				double share = (double) (width - WIDTHS[i - 1]) / (WIDTHS[i] - WIDTHS[i - 1]);
				return (int) Math.round(values[i - 1] + share * (values[i] - values[i - 1]));
			}
		}
		return values[values.length - 1];
	}

}
