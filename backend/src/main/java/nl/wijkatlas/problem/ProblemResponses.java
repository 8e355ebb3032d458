package nl.wijkatlas.problem;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused HTTP requests into RFC 9457 problem details
 * ({@code application/problem+json}), whatever the request accepts: a CSV, GeoJSON or
 * map-tile client still reads why.
 */
@RestControllerAdvice
class ProblemResponses {

	@ExceptionHandler(RequestRefused.class)
	ResponseEntity<ProblemDetail> refused(RequestRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		if (ex.parameter() != null) {
			problem.setTitle("Bad parameter");
			problem.setProperty("parameter", ex.parameter());
		}
		else {
			problem.setTitle("Not found");
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
