package nl.wijkatlas.opendata;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the open-data endpoints' refusals into RFC 9457 problem details
 * ({@code application/problem+json}), whatever the request accepts: a CSV or GeoJSON
 * client still reads why.
 */
@RestControllerAdvice(basePackageClasses = OpenDataProblems.class)
class OpenDataProblems {

	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	@ExceptionHandler(OpenDataException.class)
	ResponseEntity<ProblemDetail> refused(OpenDataException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		if (ex.parameter() != null) {
			problem.setTitle("Bad parameter");
			problem.setProperty("parameter", ex.parameter());
		}
		else {
			problem.setTitle("Not found");
		}
		return ResponseEntity.status(ex.status()).contentType(PROBLEM_JSON).body(problem);
	}

}
