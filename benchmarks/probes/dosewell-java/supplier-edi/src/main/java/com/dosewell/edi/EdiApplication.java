package com.dosewell.edi;

import com.dosewell.edi.config.EdiProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(EdiProperties.class)
public class EdiApplication {

    public static void main(String[] args) {
        SpringApplication.run(EdiApplication.class, args);
    }
}
