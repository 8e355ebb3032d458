package nl.wijkatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WijkatlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(WijkatlasApplication.class, args);
	}

}
