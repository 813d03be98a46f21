package org.stlukes.dispensa.pharmacy.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

@Configuration
public class AppConfig {

    @Bean
    public RestTemplate restTemplate(RestTemplateBuilder builder) {
        return builder.setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(15)).build();
    }

    @Bean(destroyMethod = "close")
    public MongoClient auditMongoClient(@Value("${dispensa.mongo-uri}") String uri) {
        return MongoClients.create(uri);
    }

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> portalCorsFilter(
            @Value("${dispensa.cors.allowed-origins}") List<String> allowedOrigins) {
        Set<String> origins = Set.copyOf(allowedOrigins.stream().map(String::trim).toList());
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String origin = request.getHeader("Origin");
                if (origin != null && origins.contains(origin)) {
                    response.setHeader("Access-Control-Allow-Origin", origin); // SAFE cors
                    response.setHeader("Access-Control-Allow-Credentials", "true");
                    response.addHeader("Vary", "Origin");
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/dispensing/*", "/reports/*");
        return registration;
    }
}
