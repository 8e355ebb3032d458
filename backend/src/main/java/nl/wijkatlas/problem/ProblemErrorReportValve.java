package nl.wijkatlas.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answers — a request it refuses before Spring sees it (a malformed
 * URL, an illegal character, a header too large) — as RFC 9457 problems like every other
 * refusal of this server, not Tomcat's HTML page (which also names the server).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		String reason = org.apache.tomcat.util.res.StringManager.getManager(ErrorReportValve.class)
			.getString("http." + status + ".reason");
		body.put("title", (reason != null && !reason.startsWith("Cannot find")) ? reason : "HTTP " + status);
		body.put("status", status);
		body.put("detail",
				(status == 400) ? "The request is malformed (for example its URL or a header); it was not processed."
						: "The server could not process the request.");
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was committed: nothing left to tell it.
		}
	}

	/** Puts the valve in place of Tomcat's default error report valve. */
	@Configuration(proxyBeanMethods = false)
	static class Installation {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
			return (factory) -> factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

	}

}
