package nl.wijkatlas.tiles;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused tile requests as RFC 9457 problem details, whatever the map client accepts.
 */
@RestControllerAdvice(basePackageClasses = TileProblems.class)
class TileProblems {

	@ExceptionHandler(TileException.class)
	ResponseEntity<ProblemDetail> refused(TileException ex) {
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
