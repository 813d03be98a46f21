package com.cargomark.config;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    private final CargomarkProperties properties;

    public WebConfig(CargomarkProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // tracking widget is embedded on customer web shops
        registry.addMapping("/api/widget/**") // VULN cors
                .allowedOriginPatterns("*")
                .allowedMethods("GET", "POST")
                .allowCredentials(true)
                .maxAge(3600);

        registry.addMapping("/api/partner/**") // SAFE cors
                .allowedOrigins(properties.cors().partnerOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "DELETE")
                .allowCredentials(true)
                .maxAge(3600);
    }

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cm_locale");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }
}
