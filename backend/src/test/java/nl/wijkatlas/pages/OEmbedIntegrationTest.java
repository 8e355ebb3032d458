package nl.wijkatlas.pages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wijkatlas.support.WijkatlasIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * oEmbed 1.0 for the pages of this site, discovery links in the pages, the client routes
 * served as the single-page app and the front-end config.
 */
@WijkatlasIntegrationTest(properties = "wijkatlas.locatieserver-url=http://127.0.0.1:9/locatieserver/")
class OEmbedIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldAnswerAnAreaProfileWithARichIframeOfTheMapEmbed() throws Exception {
		oembed("http://localhost/gebied/WK019330?indicator=AantalInwoners_5").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value("1.0"))
			.andExpect(jsonPath("$.type").value("rich"))
			.andExpect(jsonPath("$.width").value(640))
			// The map (56 % of 640) and the measured chrome of an embed with figures.
			.andExpect(jsonPath("$.height").value(358 + 433))
			.andExpect(jsonPath("$.provider_name").value("Wijkatlas Zwolle"))
			.andExpect(jsonPath("$.title")
				.value("Aantal inwoners (1 januari) 2025 — Wijk 30 Holtenbroek — Wijkatlas Zwolle"))
			// The period the view shows today is pinned, and the host script keeps the
			// frame fitting.
			.andExpect(jsonPath("$.html").value(containsString(
					"<iframe src=\"http://localhost/embed/kaart?gebied=WK019330&amp;indicator=AantalInwoners_5&amp;periode=2025\"")))
			.andExpect(
					jsonPath("$.html").value(containsString("<script src=\"http://localhost/embed-host.js\" async>")))
			.andExpect(jsonPath("$.thumbnail_url").value("http://localhost/preview/gebied/WK019330.png"))
			.andExpect(jsonPath("$.thumbnail_width").value(1200));
	}

	@Test
	void shouldGiveEveryProfileAndStoryItsOwnTitleDescriptionAndPreviewImageInTheServerHtml() throws Exception {
		this.mvc.perform(get("/gebied/WK019330?taal=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("<title>Wijk 30 Holtenbroek — Wijkatlas Zwolle</title>")))
			.andExpect(content().string(containsString(
					"<meta property=\"og:description\" content=\"Wijk (district) in Zwolle: 10,080 inhabitants (CBS 2025).")))
			.andExpect(content().string(containsString(
					"<meta property=\"og:image\" content=\"http://localhost/preview/gebied/WK019330.png?taal=en\" />")))
			.andExpect(
					content().string(containsString("<meta name=\"twitter:card\" content=\"summary_large_image\" />")));
		this.mvc.perform(get("/verhaal/van-getallen-naar-vergezichten"))
			.andExpect(content()
				.string(containsString("<title>Van getallen naar (ver)gezichten — Wijkatlas Zwolle</title>")))
			.andExpect(content().string(containsString(
					"<link rel=\"canonical\" href=\"http://localhost/verhaal/van-getallen-naar-vergezichten\" />")));
		this.mvc.perform(get("/embed/kaart?gebied=BU17710005"))
			.andExpect(content().string(containsString("<title>Braakhuizen-Zuid — Wijkatlas Geldrop-Mierlo</title>")));
		byte[] png = this.mvc.perform(get("/preview/gebied/WK019330.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		// The area itself is filled (orange) among its neighbours.
		long focus = 0;
		for (int x = 0; x < image.getWidth(); x += 4) {
			for (int y = 0; y < image.getHeight(); y += 4) {
				if (image.getRGB(x, y) == 0xffe17c05) {
					focus++;
				}
			}
		}
		assertThat(focus).isGreaterThan(100);
		this.mvc.perform(get("/preview/gebied/XX123.png")).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/verhaal/geen-verhaal.png")).andExpect(status().isNotFound());
		this.mvc.perform(get("/preview/verhaal/van-getallen-naar-vergezichten.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void shouldNameAreaIndicatorAndPeriodInTheRequestsLanguage() throws Exception {
		oembed("http://localhost/gebied/WK019330?indicator=AantalInwoners_5&periode=2024&taal=en")
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.title").value("Inhabitants (1 January) 2024 — Wijk 30 Holtenbroek — Wijkatlas Zwolle"));
		this.mvc
			.perform(get("/oembed").param("url", "http://localhost/verhaal/van-getallen-naar-vergezichten#hoofdstuk-2")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title")
				.value("What residents think of their neighbourhood — From figures to (far) views — Wijkatlas Zwolle"))
			.andExpect(jsonPath("$.html")
				.value(containsString("/embed/verhaal/van-getallen-naar-vergezichten?hoofdstuk=2")));
	}

	@Test
	void shouldLeaveThePeriodOpenWhenTheLatestIsAskedFor() throws Exception {
		oembed("http://localhost/?indicator=AantalInwoners_5&niveau=wijk&gemeente=GM0193&periode=nieuwste")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.html").value(not(containsString("periode="))));
	}

	@Test
	void shouldRefuseAnEmbedOfAnUnknownIndicator() throws Exception {
		oembed("http://localhost/gebied/WK019330?indicator=geen_indicator").andExpect(status().isNotFound());
	}

	@Test
	void shouldNeverBuildTheIframeUrlFromAHostileHostHeader() throws Exception {
		this.mvc
			.perform(get("/oembed").header("Host", "evil.example")
				.param("url", "http://localhost/gebied/WK019330?indicator=AantalInwoners_5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.html").value(containsString("<iframe src=\"http://localhost/embed/kaart?")))
			.andExpect(jsonPath("$.html").value(not(containsString("evil.example"))))
			.andExpect(jsonPath("$.provider_url").value("http://localhost/"));
		this.mvc
			.perform(get("/oembed").header("Host", "evil.example").param("url", "http://evil.example/gebied/WK019330"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/gebied/WK019330").header("Host", "evil.example"))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void shouldKeepTheIframeWithinMaxwidthAndMaxheight() throws Exception {
		this.mvc
			.perform(get("/oembed")
				.param("url", "http://localhost/?indicator=AantalInwoners_5&periode=2024&niveau=buurt")
				.param("maxwidth", "400")
				.param("maxheight", "300"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.width").value(400))
			.andExpect(jsonPath("$.height").value(300))
			.andExpect(jsonPath("$.html")
				.value(containsString("/embed/kaart?indicator=AantalInwoners_5&amp;niveau=buurt&amp;periode=2024\"")));
	}

	@Test
	void shouldEmbedAStoryAsAStoryEmbed() throws Exception {
		oembed("http://localhost/verhaal/van-getallen-naar-vergezichten").andExpect(status().isOk())
			.andExpect(jsonPath("$.html").value(containsString(
					"src=\"http://localhost/embed/verhaal/van-getallen-naar-vergezichten?hoofdstuk=1\"")));
	}

	@Test
	void shouldNameTheGemeenteOfTheEmbeddedView() throws Exception {
		oembed("http://localhost/gebied/BU17710005").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Braakhuizen-Zuid — Wijkatlas Geldrop-Mierlo"))
			.andExpect(jsonPath("$.provider_name").value("Wijkatlas Geldrop-Mierlo"))
			.andExpect(
					jsonPath("$.html").value(containsString("title=\"Braakhuizen-Zuid — Wijkatlas Geldrop-Mierlo\"")));
		oembed("http://localhost/?gemeente=GM1771&niveau=buurt").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Kaart — Wijkatlas Geldrop-Mierlo"))
			.andExpect(jsonPath("$.html").value(containsString("/embed/kaart?gemeente=GM1771&amp;niveau=buurt\"")));
		oembed("http://localhost/verhaal/van-getallen-naar-vergezichten").andExpect(
				jsonPath("$.title").value("Een stad die groeit — Van getallen naar (ver)gezichten — Wijkatlas Zwolle"));
		// A view of no one gemeente assumes none.
		oembed("http://localhost/?niveau=buurt").andExpect(jsonPath("$.title").value("Kaart — Wijkatlas"));
	}

	@Test
	void shouldRefuseAnEmbedOfAnUnknownAreaOrStory() throws Exception {
		oembed("http://localhost/gebied/BU99999999").andExpect(status().isNotFound());
		oembed("http://localhost/verhaal/geen-verhaal").andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseUrlsOfOtherSitesAndPagesThatCannotBeEmbedded() throws Exception {
		oembed("https://example.org/gebied/WK019330").andExpect(status().isNotFound());
		oembed("http://localhost/graphiql").andExpect(status().isNotFound());
		oembed("not a url").andExpect(status().isNotFound());
		this.mvc.perform(get("/oembed")).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswer501ForXml() throws Exception {
		this.mvc.perform(get("/oembed").param("url", "http://localhost/").param("format", "xml"))
			.andExpect(status().isNotImplemented());
	}

	@Test
	void shouldServeTheAppWithADiscoveryLinkForClientRoutes() throws Exception {
		for (String path : new String[] { "/", "/gebied/BU01933000", "/verhaal/van-getallen-naar-vergezichten",
				"/embed/kaart" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<main id=\"inhoud\"")))
				.andExpect(content().string(containsString(
						"<link rel=\"alternate\" type=\"application/json+oembed\" href=\"http://localhost/oembed?url=http%3A%2F%2Flocalhost")));
		}
		this.mvc.perform(get("/embed/kaart?gebied=WK019330"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andExpect(
					content().string(containsString("url=http%3A%2F%2Flocalhost%2Fembed%2Fkaart%3Fgebied%3DWK019330")));
		this.mvc.perform(get("/gebied/WK019330"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")));
	}

	@Test
	void shouldAnswer404WithTheAppsNotFoundPageForUnknownAreasIndicatorsStoriesAndPaths() throws Exception {
		for (String path : new String[] { "/gebied/XX123", "/gebied/WK019399", "/verhaal/geen-verhaal",
				"/embed/verhaal/geen-verhaal", "/embed/kaart?gebied=BU99999999", "/?indicator=geen_indicator",
				"/?gemeente=GM0193&indicator=geen_indicator" }) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("<meta name=\"wijkatlas-status\" content=\"404\" />")))
				.andExpect(content().string(containsString("<title>Niet gevonden – Wijkatlas</title>")))
				.andExpect(content().string(containsString("<main id=\"inhoud\"")))
				.andExpect(content().string(not(containsString("Whitelabel"))));
		}
		this.mvc.perform(get("/gebied/XX123?taal=en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("<title>Not found – Wijkatlas</title>")));
		// "geen" is the atlas's "no indicator" chosen on purpose, not an unknown
		// indicator.
		this.mvc.perform(get("/?niveau=wijk&indicator=geen").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		oembed("http://localhost/?niveau=wijk&indicator=geen").andExpect(status().isOk())
			.andExpect(jsonPath("$.html").value(not(containsString("indicator="))));
	}

	@Test
	void shouldEmbedAComparisonAndRefuseOneWithAnUnknownArea() throws Exception {
		oembed("http://localhost/vergelijk?gebieden=WK019330,WK019311&taal=en").andExpect(status().isOk())
			.andExpect(
					jsonPath("$.title").value("Wijk 30 Holtenbroek – Wijk 11 Diezerpoort compared — Wijkatlas Zwolle"))
			.andExpect(jsonPath("$.html").value(
					containsString("src=\"http://localhost/embed/vergelijk?gebieden=WK019330,WK019311&amp;taal=en\"")));
		oembed("http://localhost/vergelijk?gebieden=WK019330,WK019399").andExpect(status().isNotFound());
		this.mvc.perform(get("/vergelijk?gebieden=WK019330,WK019311"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<title>Wijk 30 Holtenbroek – Wijk 11 Diezerpoort vergeleken — Wijkatlas Zwolle</title>")));
		this.mvc.perform(get("/vergelijk?gebieden=WK019330,WK019399").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldLeaveTheApiAndUnknownPathsAlone() throws Exception {
		this.mvc.perform(get("/gebied/WK019330/nothing")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/config")).andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void shouldTellTheFrontEndWhichBasemapToDrawAndWhoToCredit() throws Exception {
		this.mvc.perform(get("/api/config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basemap.tiles").value(containsString("service.pdok.nl/brt/achtergrondkaart")))
			.andExpect(jsonPath("$.basemap.attribution").value(containsString("Kadaster")))
			.andExpect(jsonPath("$.attribution").value(containsString("Centraal Bureau voor de Statistiek")));
	}

	@Test
	void shouldTellTheFrontEndWhereTheLocatieserverIs() throws Exception {
		this.mvc.perform(get("/api/config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locatieserverUrl").value("http://127.0.0.1:9/locatieserver"));
	}

	@Test
	void shouldDefaultToPdoksLocatieserver() {
		assertThat(new FrontendProperties(null).locatieserverUrl())
			.isEqualTo("https://api.pdok.nl/bzk/locatieserver/search/v3_1");
	}

	@Test
	void shouldAnswer502WhenTheLocatieserverCannotBeReachedAnd400ForNoQuery() throws Exception {
		this.mvc.perform(get("/api/adressen").param("q", "Dobbe 70")).andExpect(status().isBadGateway());
		this.mvc.perform(get("/api/adressen").param("q", " ")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/adressen")).andExpect(status().isBadRequest());
	}

	/** The oEmbed answer for a page of this site (or any URL). */
	private ResultActions oembed(String url) throws Exception {
		return this.mvc.perform(get("/oembed").param("url", url));
	}

}
