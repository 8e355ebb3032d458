package nl.wijkatlas.graphql;

import java.sql.SQLException;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last line of defence behind validation: a value the database cannot store (SQL
 * class 22) is the client's BAD_USER_INPUT with one log line, while a real fault stays an
 * INTERNAL_ERROR with its stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionHandlerTest {

	private final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void shouldRefuseAValueTheDatabaseCannotStoreAsBadUserInputInOneLogLine(CapturedOutput output) {
		for (String state : new String[] { "22003", "22008", "22021", "22P05" }) {
			int logged = output.length();
			GraphQLError error = this.handler.databaseError(new DataIntegrityViolationException("could not execute",
					new SQLException("numeric field overflow\n  Detail: precision 16, scale 2", state)), env());

			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "createInitiative");
			assertThat(error.getMessage()).startsWith("createInitiative: ")
				.doesNotContain("numeric", "SQL", "Exception");
			String log = output.toString().substring(logged);
			assertThat(log.lines().count()).as(state + ": one log line").isEqualTo(1);
			assertThat(log).contains(state).doesNotContain("\tat ");
		}
	}

	@Test
	void shouldKeepARealFaultAnInternalErrorWithItsStackTrace(CapturedOutput output) {
		GraphQLError error = this.handler.databaseError(new DataIntegrityViolationException("could not execute",
				new SQLException("relation \"x\" does not exist", "42P01")), env());

		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
		assertThat(output.toString()).contains("\tat ");
	}

	private static DataFetchingEnvironment env() {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("createInitiative"))
				.build())
			.mergedField(MergedField.newMergedField(Field.newField("createInitiative").build()).build())
			.graphQLContext(GraphQLContext.newContext().build())
			.build();
	}

}
