package nl.wijkatlas.pages;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview images of pages ({@code og:image}, oEmbed {@code thumbnail_url}): an area
 * among its neighbours, a story's first map; and the static first frame of a profile's
 * locator map and of the atlas's map. 404 for unknown codes, levels and slugs.
 */
@RestController
record PreviewImageController(PreviewImages images, LocatorMaps locators, EmbedDescriptions descriptions) {

	/**
	 * The static first frame of an area's locator map (no text: one image for both
	 * languages).
	 */
	@GetMapping("/preview/kaart/{code}.svg")
	ResponseEntity<String> locator(@PathVariable String code) {
		if (!EmbedTargets.CODE.matcher(code).matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return svg(this.locators.svg(code));
	}

	private static ResponseEntity<String> svg(Optional<String> svg) {
		return svg
			.map((body) -> ResponseEntity.ok()
				.contentType(MediaType.valueOf("image/svg+xml"))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.body(body))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}

	/**
	 * The atlas's static map of one level of a gemeente (no text but the areas' names:
	 * one image for both languages); the page colours its areas.
	 */
	@GetMapping("/preview/atlas/{gemeente}/{level}.svg")
	ResponseEntity<String> atlas(@PathVariable String gemeente, @PathVariable String level) {
		if (!EmbedTargets.CODE.matcher(gemeente).matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return svg(this.locators.atlasSvg(gemeente, level));
	}

	@GetMapping("/preview/gebied/{code}.png")
	ResponseEntity<byte[]> area(@PathVariable String code, @RequestParam(required = false) String taal)
			throws IOException {
		if (!EmbedTargets.CODE.matcher(code).matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		Optional<EmbedDescriptions.AreaName> area = this.descriptions.area(code);
		Optional<PreviewImages.Context> context = this.images.contextOf(code);
		if (area.isEmpty() || context.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		List<PreviewImages.Shape> shapes = this.images.shapes(context.get().gemeente(), context.get().level(),
				context.get().parent());
		String subtitle = area.get().level().equals("GEMEENTE") ? "Wijkatlas"
				: "Wijkatlas " + area.get().gemeenteName();
		return png(this.images.render(shapes, code, area.get().name(), subtitle));
	}

	@GetMapping("/preview/verhaal/{slug}.png")
	ResponseEntity<byte[]> story(@PathVariable String slug, @RequestParam(required = false) String taal)
			throws IOException {
		if (!EmbedTargets.SLUG.matcher(slug).matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		Optional<EmbedDescriptions.StoryName> story = this.descriptions.story(slug, "en".equals(taal));
		if (story.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String gemeente = story.get().gemeenteCode();
		List<PreviewImages.Shape> shapes = (gemeente != null) ? this.images.shapes(gemeente, "WIJK", null) : List.of();
		String subtitle = ("en".equals(taal) ? "A story · Wijkatlas" : "Verhaal · Wijkatlas")
				+ ((story.get().gemeenteName() != null) ? " " + story.get().gemeenteName() : "");
		return png(this.images.render(shapes, null, story.get().title(), subtitle));
	}

	private static ResponseEntity<byte[]> png(byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(bytes);
	}

}
