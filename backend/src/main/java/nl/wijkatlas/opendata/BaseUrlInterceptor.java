package nl.wijkatlas.opendata;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;

/**
 * Puts the root URL the GraphQL request reached (scheme, host, port) into the GraphQL
 * context, so the download links it returns are absolute and point where the client
 * already connects.
 */
@Component
class BaseUrlInterceptor implements WebGraphQlInterceptor {

	static final String BASE_URL = "wijkatlas.opendata.baseUrl";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		UriComponents uri = request.getUri();
		if (uri.getScheme() != null && uri.getHost() != null) {
			String base = uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "")
					+ contextPath(uri.getPath());
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(BASE_URL, base)).build());
		}
		return chain.next(request);
	}

	/** What precedes {@code /graphql} in the path: the application's context path. */
	private static String contextPath(String path) {
		if (path == null) {
			return "";
		}
		int graphql = path.lastIndexOf("/graphql");
		return (graphql > 0) ? path.substring(0, graphql) : "";
	}

}
