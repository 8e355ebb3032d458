package nl.wijkatlas.limits;

import java.time.Duration;
import java.util.List;

import graphql.parser.ParserOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The abuse limits of the public API ({@code wijkatlas.limits.*}), after the OWASP
 * GraphQL cheat sheet. Every limit answers with a GraphQL error whose
 * {@code extensions.code} is stable (see {@link ErrorCodes}).
 *
 * @param maxDepth deepest field nesting of a document, introspection included
 * @param maxComplexity the highest cost of a document: every field costs 1, and a field's
 * subtree counts as often as the list it is in can be long ({@code first}, else
 * {@code defaultListSize})
 * @param defaultListSize the assumed length of a list without a {@code first} argument
 * @param maxResultNodes the most fields one response may hold
 * @param maxCharacters parser: the longest document in characters
 * @param maxTokens parser: the most grammar tokens in a document
 * @param maxWhitespaceTokens parser: the most whitespace and comment tokens
 * @param maxRuleDepth parser: the deepest grammar rule nesting
 * @param maxRequestBytes the largest HTTP request body on {@code /graphql}
 * @param requestTimeout the time one GraphQL request may take before it is answered with
 * TIMEOUT (the database's statement_timeout stops the SQL behind it)
 * @param writeOrigins origins besides the application's own from which a browser may send
 * an authenticated (writing) request; reads are open to every origin
 * @param maxStringLength the longest string in any argument or input field
 * @param maxListSize the most items of a list in any argument or input field
 * @param contentSecurityPolicy the content policy sent besides the framing policy; unset:
 * the built-in one, empty: none
 */
@ConfigurationProperties("wijkatlas.limits")
public record LimitsProperties(Integer maxDepth, Integer maxComplexity, Integer defaultListSize, Integer maxResultNodes,
		Integer maxCharacters, Integer maxTokens, Integer maxWhitespaceTokens, Integer maxRuleDepth,
		Long maxRequestBytes, Duration requestTimeout, List<String> writeOrigins, String contentSecurityPolicy,
		Integer maxStringLength, Integer maxListSize) {

	public LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 15;
		maxComplexity = (maxComplexity != null) ? maxComplexity : 250_000;
		defaultListSize = (defaultListSize != null) ? defaultListSize : 10;
		maxResultNodes = (maxResultNodes != null) ? maxResultNodes : 200_000;
		maxCharacters = (maxCharacters != null) ? maxCharacters : 50_000;
		maxTokens = (maxTokens != null) ? maxTokens : 5_000;
		maxWhitespaceTokens = (maxWhitespaceTokens != null) ? maxWhitespaceTokens : 50_000;
		maxRuleDepth = (maxRuleDepth != null) ? maxRuleDepth : 100;
		maxRequestBytes = (maxRequestBytes != null) ? maxRequestBytes : 100_000L;
		requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(15);
		maxStringLength = (maxStringLength != null) ? maxStringLength : 20_000;
		maxListSize = (maxListSize != null) ? maxListSize : 200;
		writeOrigins = (writeOrigins != null) ? List.copyOf(writeOrigins) : List.of();
	}

	/**
	 * The parser limits, for every way a document reaches the parser (POST and GET).
	 * @return the default operation parser options with this configuration's limits
	 */
	public ParserOptions parserOptions() {
		return ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxCharacters(this.maxCharacters)
				.maxTokens(this.maxTokens)
				.maxWhitespaceTokens(this.maxWhitespaceTokens)
				.maxRuleDepth(this.maxRuleDepth));
	}

}
