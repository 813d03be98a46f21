package edu.quadrangle.registration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletComponentScan;

@SpringBootApplication
@ServletComponentScan(basePackages = "edu.quadrangle.registration.servlet")
public class QuadrangleApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuadrangleApplication.class, args);
    }
}
