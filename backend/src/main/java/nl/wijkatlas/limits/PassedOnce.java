package nl.wijkatlas.limits;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.validation.ValidationError;

/**
 * A limit checked before execution (depth, complexity, expanded size, input bounds),
 * skipped for an operation that has passed it before. Each of these checks walks the
 * whole document and is a function of the document, the operation name and the variables
 * only. The document cache (nl.wijkatlas.graphql.DocumentCache) hands out the same
 * {@link Document} object for the same query text, so "passed with this operation and
 * these variables" can be remembered per document (by identity, dropped when the document
 * is). A request that fails the check is checked every time, so its error is exactly what
 * it was; at most {@value #MAX_PER_DOCUMENT} passing variable sets are remembered per
 * document, further ones are checked every time.
 * <p>
 * Wraps only what such a check uses: its state, {@code beginValidation} and
 * {@code beginExecuteOperation}, which must throw to refuse and have no other effect.
 */
final class PassedOnce extends SimplePerformantInstrumentation {

	static final int MAX_PER_DOCUMENT = 64;

	private final Instrumentation check;

	private final Cache<Document, Set<List<Object>>> passed = Caffeine.newBuilder().weakKeys().build();

	PassedOnce(Instrumentation check) {
		this.check = check;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return this.check.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return this.check.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Set<List<Object>> known = this.passed.get(context.getDocument(), (document) -> ConcurrentHashMap.newKeySet());
		List<Object> operation = Arrays.asList(context.getExecutionInput().getOperationName(),
				context.getCoercedVariables().toMap());
		if (known.contains(operation)) {
			return null;
		}
		InstrumentationContext<ExecutionResult> checked = this.check.beginExecuteOperation(parameters, state);
		if (known.size() < MAX_PER_DOCUMENT) {
			known.add(operation);
		}
		return checked;
	}

}
