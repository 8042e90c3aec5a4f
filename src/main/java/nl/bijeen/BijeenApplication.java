package nl.bijeen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * bijeen: announce, run and follow up gatherings in the Dutch social domain.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BijeenApplication {

	public static void main(String[] args) {
		SpringApplication.run(BijeenApplication.class, args);
	}

}
