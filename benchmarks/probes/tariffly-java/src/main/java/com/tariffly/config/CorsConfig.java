package com.tariffly.config;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS policy for the importer portal SPA and the carrier tracking widget
 * that partners embed on their own sites.
 */
@Configuration
public class CorsConfig {

    @Value("${tariffly.cors.portal-origins}")
    private String portalOrigins;

    @Bean
    public FilterRegistrationBean<CorsFilter> corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/portal/**", portalPolicy());
        source.registerCorsConfiguration("/api/importers/**", portalPolicy());
        source.registerCorsConfiguration("/api/shipments/**", trackingWidgetPolicy());

        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    private CorsConfiguration portalPolicy() {
        List<String> origins = Arrays.stream(portalOrigins.split(","))
                .map(String::trim)
                .filter(o -> o.startsWith("https://"))
                .toList();
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins); // SAFE cors
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Tariffly-Tenant"));
        config.setAllowCredentials(true);
        config.setMaxAge(3600L);
        return config;
    }

    private CorsConfiguration trackingWidgetPolicy() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(List.of("*")); // VULN cors
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(List.of("*"));
        config.setAllowCredentials(true);
        config.setMaxAge(1800L);
        return config;
    }
}
