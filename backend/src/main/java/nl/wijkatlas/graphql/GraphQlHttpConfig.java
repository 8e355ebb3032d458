package nl.wijkatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.ServletException;
import nl.wijkatlas.graphql.ErrorCodes;
import nl.wijkatlas.limits.LimitsProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP as common clients use it by default, besides Spring's {@code POST}:
 * <ul>
 * <li>{@code GET /graphql?query=…&operationName=…&variables=…&extensions=…} (urql's and
 * the GraphQL-over-HTTP spec's GET) for queries; a mutation over GET is refused with 405,
 * {@code Allow: POST} and a GraphQL error body. The GET goes through the same handler,
 * interceptors (limits, response cache) and status rules as a POST.</li>
 * <li>Apollo's automatic persisted queries: a request with only
 * {@code extensions.persistedQuery.sha256Hash} runs the registered document (no parsing,
 * no validation); an unknown hash answers 200 with the error
 * {@code PERSISTED_QUERY_NOT_FOUND}, after which the client sends the query with its hash
 * and so registers it.</li>
 * </ul>
 * Only in the web server: the import command starts the same application without one, and
 * then there is no {@code WebGraphQlHandler} to route to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfig {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Bean
	PersistedQueryStore persistedQueryStore(@Value("${wijkatlas.graphql.persisted-queries.max-entries:1000}") int max) {
		return new PersistedQueryStore(max);
	}

	/**
	 * Parsed and validated documents: Apollo's persisted queries by hash, every other
	 * query by its text (DocumentCache).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(PersistedQueryStore store,
			@Value("${wijkatlas.graphql.document-cache.max-entries:1000}") int maxDocuments) {
		DocumentCache documents = new DocumentCache(maxDocuments, new ApolloPersistedQuerySupport(store));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * Spring's handler, but an unknown persisted query is a 200 as Apollo expects, and
	 * the answer is written by {@link ResultJson}.
	 */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper json) {
		return new GraphQlHttpHandler(webGraphQlHandler) {
			/** The answer written by {@link ResultJson}, not by the data binder. */
			@Override
			protected ServerResponse.HeadersBuilder.WriteFunction getWriteFunction(Map<String, Object> resultMap,
					MediaType contentType) {
				return (request, response) -> {
					ResultJson.write(json, resultMap, response.getOutputStream());
					return null;
				};
			}

			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
				List<GraphQLError> errors = response.getExecutionResult().getErrors();
				if (!errors.isEmpty() && errors.stream()
					.allMatch((error) -> error.getErrorType() instanceof PersistedQueryNotFound)) {
					return HttpStatus.OK;
				}
				return super.selectResponseStatus(response, responseMediaType);
			}
		};
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(GraphQlHttpHandler handler, PersistedQueryStore store,
			JsonMapper json, LimitsProperties limits) {
		GetRequests get = new GetRequests(handler, store, json, limits.parserOptions());
		return RouterFunctions.route(RequestPredicates.GET("/graphql"), get::handle);
	}

	/**
	 * Turns a GET into the POST body Spring's handler reads.
	 *
	 * @param parserOptions the parser limits, as for a POST
	 */
	record GetRequests(GraphQlHttpHandler handler, PersistedQueryStore store, JsonMapper json,
			ParserOptions parserOptions) {

		ServerResponse handle(ServerRequest request) throws ServletException {
			String query = request.param("query").filter((q) -> !q.isBlank()).orElse(null);
			String operationName = request.param("operationName").filter((o) -> !o.isBlank()).orElse(null);
			Map<String, Object> body = new LinkedHashMap<>();
			Map<String, Object> extensions;
			try {
				body.put("variables", object(request, "variables"));
				extensions = object(request, "extensions");
			}
			catch (IllegalArgumentException ex) {
				return error(request, HttpStatus.BAD_REQUEST, ErrorCodes.BAD_USER_INPUT, ex.getMessage());
			}
			Object hash = (extensions.get("persistedQuery") instanceof Map<?, ?> persisted)
					? persisted.get("sha256Hash") : null;
			if (query == null && hash == null) {
				return error(request, HttpStatus.BAD_REQUEST, ErrorCodes.BAD_USER_INPUT,
						"A GET request needs the parameter query (or extensions with a persistedQuery hash)");
			}
			Document document = (query != null) ? parse(query) : this.store.document(hash).orElse(null);
			if (document != null && !isQuery(document, operationName)) {
				return error(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
						"Only queries can be sent with GET; send mutations with POST");
			}
			if (query != null) {
				body.put("query", query);
			}
			if (operationName != null) {
				body.put("operationName", operationName);
			}
			body.put("extensions", extensions);
			ServerRequest post = ServerRequest.from(request).method(HttpMethod.POST).headers((headers) -> {
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.remove(HttpHeaders.CONTENT_LENGTH);
			}).body(this.json.writeValueAsString(body)).build();
			return this.handler.handleRequest(post);
		}

		private Map<String, Object> object(ServerRequest request, String name) {
			String value = request.param(name).filter((v) -> !v.isBlank()).orElse(null);
			if (value == null) {
				return new LinkedHashMap<>();
			}
			try {
				Object parsed = this.json.readValue(value, Object.class);
				if (parsed == null) {
					return new LinkedHashMap<>();
				}
				if (parsed instanceof Map<?, ?> map) {
					@SuppressWarnings("unchecked")
					Map<String, Object> result = (Map<String, Object>) map;
					return result;
				}
			}
			catch (JacksonException ex) {
				// refused below
			}
			throw new IllegalArgumentException("The parameter " + name + " must be a JSON object");
		}

		/** The document, or null when it does not parse (the handler then says why). */
		private Document parse(String query) {
			try {
				return Parser.parse(ParserEnvironment.newParserEnvironment()
					.document(query)
					.parserOptions(this.parserOptions)
					.build());
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		/**
		 * Whether the operation that would run is a query (unknown ones: let it fail).
		 */
		private static boolean isQuery(Document document, String operationName) {
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			List<OperationDefinition> chosen = operations.stream()
				.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
				.toList();
			if (chosen.size() != 1) {
				return chosen.stream().allMatch((o) -> o.getOperation() == OperationDefinition.Operation.QUERY);
			}
			return chosen.get(0).getOperation() == OperationDefinition.Operation.QUERY;
		}

		private static ServerResponse error(ServerRequest request, HttpStatus status, String code, String message) {
			boolean plainJson = request.headers()
				.accept()
				.stream()
				.noneMatch((type) -> type.isCompatibleWith(GRAPHQL_RESPONSE) && !type.isWildcardType())
					&& request.headers().accept().stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
			Object id = request.attributes().get(nl.wijkatlas.http.RequestIdFilter.ATTRIBUTE);
			ServerResponse.BodyBuilder builder = ServerResponse.status(status)
				.contentType(plainJson ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE);
			if (status == HttpStatus.METHOD_NOT_ALLOWED) {
				builder.header(HttpHeaders.ALLOW, "POST");
			}
			return builder.body(ErrorCodes.body(code, message,
					(id != null) ? id.toString() : nl.wijkatlas.http.RequestIdFilter.newId()));
		}

	}

}
