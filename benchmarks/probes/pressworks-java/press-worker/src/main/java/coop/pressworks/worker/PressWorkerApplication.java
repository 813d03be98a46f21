package coop.pressworks.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Background worker running next to the bottling hall print server: consumes
 * label print jobs from the bottling service and intake-ticket jobs from the
 * orchard API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PressWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PressWorkerApplication.class, args);
    }
}
