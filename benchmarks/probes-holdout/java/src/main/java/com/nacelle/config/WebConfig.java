package com.nacelle.config;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    private final List<String> partnerOrigins;

    public WebConfig(@Value("${nacelle.cors.partner-origins}") List<String> partnerOrigins) {
        this.partnerOrigins = partnerOrigins;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // Field tablets run the PWA from several hostnames (farm Wi-Fi captive portals, VPN, etc.)
        registry.addMapping("/api/**")
                .allowedMethods("GET", "POST", "PUT", "DELETE")
                .allowedHeaders("*")
                .allowedOriginPatterns("*").allowCredentials(true); // VULN cors

        // Grid operator / TSO partner portals
        registry.addMapping("/partner/**")
                .allowedMethods("GET", "POST")
                .allowedOrigins(partnerOrigins.toArray(String[]::new)).allowCredentials(true); // SAFE cors
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/workorders");
    }
}
