package edu.quadrangle.registration.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.*;
import org.springframework.web.cors.*;
import org.springframework.web.filter.CorsFilter;

@Configuration
public class WebCorsConfig {

    private static final List<String> PORTAL_ORIGINS = List.of(
            "https://portal.quadrangle.edu",
            "https://registrar.quadrangle.edu",
            "https://advising.quadrangle.edu");

    @Bean
    public CorsFilter corsFilter() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", portalCors());
        return new CorsFilter(request -> {
            if (request.getRequestURI().startsWith("/api/widgets/")) {
                return widgetCors(request);
            }
            return source.getCorsConfiguration(request);
        });
    }

    private CorsConfiguration portalCors() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(PORTAL_ORIGINS); // SAFE cors
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Student-Id"));
        config.setAllowCredentials(true);
        config.setMaxAge(3600L);
        return config;
    }

    /** Departments embed the seat-availability widget on their own sites. */
    private CorsConfiguration widgetCors(HttpServletRequest request) {
        CorsConfiguration config = new CorsConfiguration();
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            config.addAllowedOrigin(origin); // VULN cors
        }
        config.setAllowedMethods(List.of("GET"));
        config.setAllowedHeaders(List.of("Content-Type"));
        config.setAllowCredentials(true);
        return config;
    }
}
