package nl.wijkatlas.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Error pages for browsers (requests that accept HTML): any status — an unknown path, a
 * fault — shows the app's own page in the site's look and the page's language
 * ({@code taal=en}), never Spring's Whitelabel page. Requests for JSON keep the API's
 * error bodies.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HtmlErrorPages implements ErrorViewResolver {

	private final SpaPageController pages;

	HtmlErrorPages(SpaPageController pages) {
		this.pages = pages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		boolean english = "en".equals(request.getParameter("taal"));
		View view = new View() {

			@Override
			public String getContentType() {
				return MediaType.TEXT_HTML_VALUE;
			}

			@Override
			public void render(Map<String, ?> ignored, HttpServletRequest req, HttpServletResponse response)
					throws IOException {
				String index = HtmlErrorPages.this.pages.indexText(english);
				String body = (index != null) ? SpaPageController.withStatus(index, status.value(), english)
						: "<!doctype html><title>" + status.value() + "</title><p>" + status.value() + "</p>";
				response.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString());
				response.getWriter().write(body);
			}

		};
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}

}
