package nl.wijkatlas.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static nl.wijkatlas.support.Mvc.getOk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A profile's first frame in the server's HTML (name and static locator map, in the
 * page's language) and the locator SVG it shows: the area filled, its neighbours, its
 * parent dashed and its children dotted, in the picture's pixels.
 */
@WijkatlasIntegrationTest
class ProfileFirstFrameIntegrationTest {

	private static final Pattern PATH = Pattern.compile("<path ([^>]*) d=\"([^\"]*)\"/>");

	private static final Pattern TEXT = Pattern
		.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\" font-size=\"([0-9]+)\"[^>]*>([^<]*)</text>");

	@Autowired
	MockMvc mvc;

	@Test
	void shouldDrawTheProfilesNameAndLocatorPictureInTheServerHtml() throws Exception {
		getOk(this.mvc, "/gebied/BU01933000")
			.andExpect(content().string(containsString("data-first-frame=\"BU01933000\"")))
			.andExpect(content().string(containsString(
					"<p class=\"profile__level\">Buurt in Zwolle · <span class=\"profile__code\">BU01933000</span></p>")))
			.andExpect(content()
				.string(containsString("<h1 class=\"profile__name utrecht-heading-1\">Holtenbroek IV</h1>")))
			.andExpect(content().string(containsString(
					"<img class=\"map-first-frame\" src=\"/preview/kaart/BU01933000.svg\" alt=\"Kaart van de ligging van Holtenbroek IV in Zwolle, met de namen van de gebieden eromheen\" elementtiming=\"map-first-frame\" />")))
			.andExpect(content().string(containsString("Bezig met laden…")))
			// The landing page's own text is gone.
			.andExpect(content().string(not(containsString("id=\"atlas-intro\""))));
		this.mvc.perform(get("/gebied/GM0193?taal=en"))
			.andExpect(content().string(containsString("<p class=\"profile__level\">Municipality · ")))
			.andExpect(content()
				.string(containsString("alt=\"Map of where Zwolle lies, with the names of the areas around it\"")))
			.andExpect(content().string(containsString("Loading…")));
		// Other pages and unknown areas keep index.html's own content.
		this.mvc.perform(get("/verhaal/van-getallen-naar-vergezichten"))
			.andExpect(content().string(not(containsString("data-first-frame"))));
		this.mvc.perform(get("/gebied/XX123"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("data-first-frame"))));
	}

	@Test
	void shouldServeEnglishPagesWithTheirShellInEnglishFromTheFirstPaint() throws Exception {
		for (String page : new String[] { "/?taal=en", "/gebied/WK019330?taal=en",
				"/verhaal/van-getallen-naar-vergezichten?taal=en", "/gebied/XX123?taal=en" }) {
			this.mvc.perform(get(page))
				.andExpect(content().string(containsString("<html lang=\"en\">")))
				.andExpect(content().string(containsString(">Skip to content</a>")))
				.andExpect(content().string(containsString(">Map</a>")))
				.andExpect(content().string(containsString("hreflang=\"nl\"")))
				.andExpect(content().string(not(containsString(">Kaart</a>"))))
				.andExpect(content().string(not(containsString("Naar de inhoud"))));
		}
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<html lang=\"nl\">")))
			.andExpect(content().string(containsString(">Kaart</a>")));
	}

	@Test
	void shouldDrawTheLocatorAsTheInteractiveMapDoes() throws Exception {
		String svg = getOk(this.mvc, "/preview/kaart/WK019330.svg")
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(header().string("Cache-Control", containsString("max-age=3600")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1080 360\"");
		int selected = 0;
		int parents = 0;
		int children = 0;
		int neighbours = 0;
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		Matcher path = PATH.matcher(svg);
		while (path.find()) {
			String style = path.group(1);
			if (style.contains("#e17000")) {
				selected++;
				// The area lies in the middle three fifths of the picture (the map's
				// camera).
				Matcher start = Pattern.compile("^M (-?[0-9.]+) (-?[0-9.]+)").matcher(path.group(2));
				assertThat(start.find()).isTrue();
				double x = Double.parseDouble(start.group(1));
				minX = Math.min(minX, x);
				maxX = Math.max(maxX, x);
			}
			else if (style.contains("stroke-dasharray=\"7.5 5\"")) {
				parents++;
			}
			else if (style.contains("stroke-dasharray=\"1 1.5\"")) {
				children++;
			}
			else {
				neighbours++;
			}
		}
		assertThat(selected).isEqualTo(1);
		assertThat(minX).isBetween(360 + 0.2 * 360 - 1, 360 + 0.8 * 360 + 1);
		// Holtenbroek lies in stadsdeel Noord and has four buurten; other wijken around
		// it.
		assertThat(parents).isEqualTo(1);
		assertThat(children).isEqualTo(4);
		assertThat(neighbours).isGreaterThan(3);
		// The names: the wijk's own (without CBS's number), its buurten's, its
		// neighbours'; none
		// overlapping another.
		List<String> names = new ArrayList<>();
		assertNoOverlap(svg, names);
		assertThat(names).contains("Holtenbroek", "Diezerpoort").doesNotContain("Wijk 30 Holtenbroek");
		assertThat(names.stream().filter((n) -> n.startsWith("Holtenbroek I")).count()).isGreaterThanOrEqualTo(2);
		this.mvc.perform(get("/preview/kaart/XX123.svg")).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/kaart/{code}.svg", "WK<x")).andExpect(status().isNotFound());
	}

	@Test
	void shouldDrawTheAtlasLevelWithEveryAreasCodeForThePageToColour() throws Exception {
		String svg = getOk(this.mvc, "/preview/atlas/GM0193/WIJK.svg")
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher size = Pattern.compile("^<svg [^>]*viewBox=\"0 0 360 ([0-9]+)\"").matcher(svg);
		assertThat(size.find()).isTrue();
		int height = Integer.parseInt(size.group(1));
		assertThat(height).isBetween(200, 540);
		List<String> codes = new ArrayList<>();
		Matcher path = Pattern.compile("<path [^>]*data-code=\"([A-Z0-9_]+)\"[^>]* d=\"M (-?[0-9.]+) (-?[0-9.]+)")
			.matcher(svg);
		while (path.find()) {
			codes.add(path.group(1));
			// Within the picture: the gemeente fitted in it.
			assertThat(Double.parseDouble(path.group(2))).isBetween(0.0, 360.0);
			assertThat(Double.parseDouble(path.group(3))).isBetween(0.0, (double) height);
		}
		// Zwolle's 16 wijken, once each.
		assertThat(codes).hasSize(16).doesNotHaveDuplicates().contains("WK019330", "WK019311");
		List<String> names = new ArrayList<>();
		assertNoOverlap(svg, names);
		assertThat(names).hasSizeGreaterThanOrEqualTo(6).contains("Diezerpoort");
		getOk(this.mvc, "/preview/atlas/GM0193/BUURT.svg");
		this.mvc.perform(get("/preview/atlas/GM0193/GEMEENTE.svg")).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/atlas/GM9999/WIJK.svg")).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/atlas/{g}/WIJK.svg", "GM<x")).andExpect(status().isNotFound());
	}

	/**
	 * Collects the names written in {@code svg} into {@code names} and checks that no two
	 * overlap (each as wide as half its size per letter: narrower than any font draws
	 * it).
	 */
	private static void assertNoOverlap(String svg, List<String> names) {
		List<double[]> boxes = new ArrayList<>();
		Matcher text = TEXT.matcher(svg);
		while (text.find()) {
			double x = Double.parseDouble(text.group(1));
			double y = Double.parseDouble(text.group(2));
			double size = Double.parseDouble(text.group(3));
			names.add(text.group(4));
			double half = text.group(4).length() * size * 0.5 / 2;
			boxes.add(new double[] { x - half, y - size / 2, x + half, y + size / 2 });
		}
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				double[] a = boxes.get(i);
				double[] b = boxes.get(j);
				assertThat(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).as("names %d and %d overlap", i, j)
					.isFalse();
			}
		}
	}

}
