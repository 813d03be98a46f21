package com.berthwise.yard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class YardApplication {

    public static void main(String[] args) {
        SpringApplication.run(YardApplication.class, args);
    }
}
