package nl.wijkatlas.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import nl.wijkatlas.http.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused HTTP requests into RFC 9457 problem details
 * ({@code application/problem+json}), whatever the request accepts: a CSV, GeoJSON or
 * map-tile client still reads why. While the database cannot be reached, every endpoint
 * answers 503 with {@code Retry-After} (within the pool's connection timeout), logged as
 * one line without a stack trace.
 */
@RestControllerAdvice
class ProblemResponses {

	private static final Logger logger = LoggerFactory.getLogger(ProblemResponses.class);

	/** Seconds a client should wait before trying again while the database is down. */
	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		logger.warn("database unavailable: {}", ex.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database is not available right now; please try again in a moment");
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> databaseError(DataAccessException ex) throws DataAccessException {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| (t instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return databaseUnavailable(ex);
			}
		}
		throw ex;
	}

	@ExceptionHandler(RequestRefused.class)
	ResponseEntity<ProblemDetail> refused(RequestRefused ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		Object id = request.getAttribute(RequestIdFilter.ATTRIBUTE);
		if (id != null) {
			problem.setProperty("requestId", id.toString());
		}
		if (ex.parameter() != null) {
			problem.setProperty("parameter", ex.parameter());
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
