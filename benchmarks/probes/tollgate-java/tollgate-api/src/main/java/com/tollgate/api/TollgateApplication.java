package com.tollgate.api;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
@ConfigurationPropertiesScan
@MapperScan("com.tollgate.api.repository")
public class TollgateApplication {
    public static void main(String[] args) {
        SpringApplication.run(TollgateApplication.class, args);
    }
}
