package org.stlukes.dispensa.pharmacy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletComponentScan;

@SpringBootApplication
@ServletComponentScan
public class DispensaPharmacyApplication {

    public static void main(String[] args) {
        SpringApplication.run(DispensaPharmacyApplication.class, args);
    }
}
