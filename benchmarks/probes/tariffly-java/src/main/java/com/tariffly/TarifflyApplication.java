package com.tariffly;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ServletComponentScan
public class TarifflyApplication {

    public static void main(String[] args) {
        SpringApplication.run(TarifflyApplication.class, args);
    }
}
