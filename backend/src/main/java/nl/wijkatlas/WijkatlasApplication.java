package nl.wijkatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WijkatlasApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(WijkatlasApplication.class, args);
		if (context.getEnvironment().containsProperty("wijkatlas.command")) {
			// A one-shot command (such as import) ends the process with its own exit
			// code.
			System.exit(SpringApplication.exit(context));
		}
	}

}
