package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import org.stlukes.dispensa.ward.client.MonographClient;

import java.util.Set;

@ApplicationScoped
public class MonographService {

    private static final Set<String> LANGUAGES = Set.of("en", "cy", "pl", "ur");
    private static final int EXCERPT_LENGTH = 2000;

    public record Preview(String source, int status, String contentType, String excerpt) {
    }

    @Inject
    MonographClient client;

    public Preview preview(String source, String lang) {
        if (source == null || source.isBlank()) {
            throw new BadRequestException("source is required");
        }
        String language = LANGUAGES.contains(lang) ? lang : "en";
        MonographClient.Fetched fetched = client.fetch(source.trim(), language);
        String body = fetched.body();
        String excerpt = body.length() > EXCERPT_LENGTH ? body.substring(0, EXCERPT_LENGTH) : body;
        return new Preview(source, fetched.status(), fetched.contentType(), excerpt);
    }
}
