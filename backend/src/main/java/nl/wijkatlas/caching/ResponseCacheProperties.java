package nl.wijkatlas.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The GraphQL response cache ({@code wijkatlas.response-cache.*}).
 *
 * @param enabled whether answers to anonymous queries are kept until the data changes
 * @param maxNodes how many result fields (graphql-java's result nodes) the cache holds in
 * all; Caffeine evicts the least useful answers first
 * @param maxNodesPerAnswer answers with more fields than this are not kept
 */
@ConfigurationProperties("wijkatlas.response-cache")
public record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000000") long maxNodes,
		@DefaultValue("200000") long maxNodesPerAnswer) {

}
