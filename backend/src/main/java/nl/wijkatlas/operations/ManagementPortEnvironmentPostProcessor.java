package nl.wijkatlas.operations;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the management server (health, readiness, metrics, runtime figures) on its own
 * port when {@code management.server.port} ({@code MANAGEMENT_SERVER_PORT}) is not set:
 * the public port plus {@value #OFFSET} (8080 → 9080), and a random one when the public
 * port is random (tests). A fixed default would make the second instance on a machine
 * (the benchmark's cluster, a developer's second checkout) fail to start; an offset keeps
 * each instance's pair apart and predictable. Only the port is derived here; the address
 * ({@code management.server.address}, loopback) is in application.yaml.
 */
public class ManagementPortEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final int OFFSET = 1000;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("management.server.port")) {
			return;
		}
		int port = environment.getProperty("server.port", Integer.class, 8080);
		int management = (port <= 0 || port + OFFSET > 65535) ? 0 : port + OFFSET;
		environment.getPropertySources()
			.addLast(new MapPropertySource("managementPort", Map.of("management.server.port", management)));
	}

	@Override
	public int getOrder() {
		// After the test framework's random-port processing, which sets server.port=0.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
