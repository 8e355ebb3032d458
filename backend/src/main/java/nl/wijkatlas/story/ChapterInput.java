package nl.wijkatlas.story;

import java.util.List;

/**
 * What a wijkmanager sends to write a story chapter. The view is a focus area or a
 * camera.
 */
record ChapterInput(String title, String text, String titleEn, String textEn, String focusAreaCode, CameraInput camera,
		LayersInput layers, String missingFigures, List<CitationInput> citations) {

	record CameraInput(Double lon, Double lat, Double zoom) {
	}

	record LayersInput(String indicatorCode, String period, String level, Boolean initiatives, Boolean credits) {
	}

	record CitationInput(String sourceId, String locator) {
	}

	List<CitationInput> citationsOrEmpty() {
		return (this.citations != null) ? this.citations : List.of();
	}

}
