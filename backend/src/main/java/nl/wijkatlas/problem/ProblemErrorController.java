package nl.wijkatlas.problem;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Spring Boot's {@code /error} for everything that is not a browser: an unknown route, a
 * method or media type the endpoint does not take (405, 415, 406), a malformed request
 * Spring refuses before a handler runs (a bad query string on {@code /graphql}, a missing
 * or mistyped parameter) and any fault a handler does not answer itself become an RFC
 * 9457 problem ({@code application/problem+json}), as the NLGov API Design Rules ask
 * ({@code /core/error-handling/problem-details}), instead of Spring's default JSON
 * ({@code timestamp}, {@code error}, {@code path}). Browsers — requests that accept HTML
 * — still get the app's own error page ({@code nl.wijkatlas.pages.HtmlErrorPages}). The
 * detail is Spring's own wording for its refusals (it names no class and no SQL), else a
 * fixed sentence per status.
 */
public class ProblemErrorController extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers);
		this.errorAttributes = errorAttributes;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		Throwable error = this.errorAttributes.getError(new ServletWebRequest(request));
		String detail = detail(status, path, error);
		Map<String, Object> body = ProblemWriter.body(request, status.value(), status.getReasonPhrase(), detail, path);
		return ResponseEntity.status(status)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/**
	 * What went wrong, in words for the client: Spring's wording of its own refusals,
	 * else a fixed sentence; never an exception's message (which may name classes or
	 * SQL).
	 */
	static String detail(HttpStatus status, String path, Throwable error) {
		if (error instanceof ErrorResponse response && status.is4xxClientError() && status != HttpStatus.NOT_FOUND) {
			String detail = response.getBody().getDetail();
			if (detail != null && !detail.isBlank()) {
				return detail;
			}
		}
		return switch (status) {
			case NOT_FOUND ->
				"Nothing is published at " + path + ". The APIs and their OpenAPI documents are listed at /openapi.";
			case METHOD_NOT_ALLOWED ->
				"The method is not supported at " + path + "; the Allow header lists those that are.";
			case UNSUPPORTED_MEDIA_TYPE -> "The request body's media type is not supported here.";
			case NOT_ACCEPTABLE -> "None of the media types the request accepts can be produced here.";
			case BAD_REQUEST ->
				"The request is malformed (for example its query string or a parameter); it was not processed.";
			default -> status.is5xxServerError()
					? "The server could not process the request; the server log has the details under the request id."
					: "The request could not be processed.";
		};
	}

	/**
	 * Puts this controller in place of Spring Boot's {@code BasicErrorController}; only
	 * in the web application (the import and fetch commands run without one, and without
	 * {@link ErrorAttributes}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Installation {

		@Bean
		ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, WebProperties web,
				ObjectProvider<ErrorViewResolver> resolvers) {
			return new ProblemErrorController(errorAttributes, web, resolvers.orderedStream().toList());
		}

	}

}
