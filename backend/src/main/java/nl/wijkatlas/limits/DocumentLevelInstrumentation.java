package nl.wijkatlas.limits;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * The query limits chained, for the callbacks they use: once per request (parse,
 * validation, the operation, the result). graphql-java's {@link ChainedInstrumentation}
 * also calls every instrumentation several times per field and allocates a list each time
 * — measurable on a choropleth of 14,000 buurten — although none of ours looks at fields.
 * Construction fails if one does, so adding a per-field instrumentation cannot silently
 * switch it off. The one check per field is its own: the request's {@link Deadline}.
 */
final class DocumentLevelInstrumentation extends ChainedInstrumentation {

	private static final Set<String> PER_FIELD = Set.of("beginExecutionStrategy", "beginExecuteObject",
			"beginDeferredField", "beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch",
			"beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher");

	DocumentLevelInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
		instrumentations.forEach(DocumentLevelInstrumentation::requireDocumentLevel);
	}

	private static void requireDocumentLevel(Instrumentation instrumentation) {
		Arrays.stream(instrumentation.getClass().getMethods())
			.filter((method) -> PER_FIELD.contains(method.getName()))
			.map(Method::getDeclaringClass)
			.filter((declarer) -> declarer != Instrumentation.class
					&& declarer != SimplePerformantInstrumentation.class)
			.findFirst()
			.ifPresent((declarer) -> {
				throw new IllegalStateException(declarer.getName()
						+ " instruments fields; DocumentLevelInstrumentation would skip it: chain it another way");
			});
	}

	@Override
	public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return null;
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return Deadline.checked(dataFetcher, parameters);
	}

}
