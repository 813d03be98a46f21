package com.nacelle.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pushes assignment / sign-off notifications to chat channels and personal webhooks.
 */
@Component
public class NotificationClient {

    private static final Logger log = LoggerFactory.getLogger(NotificationClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private final WebClient webClient;
    private final String teamsBaseUrl;

    public NotificationClient(WebClient notificationWebClient,
                              @Value("${nacelle.notifications.teams-base-url}") String teamsBaseUrl) {
        this.webClient = notificationWebClient;
        this.teamsBaseUrl = teamsBaseUrl;
    }

    public void notifyWebhook(String webhookUrl, Map<String, Object> payload) {
        try {
            webClient.post().uri(webhookUrl).contentType(MediaType.APPLICATION_JSON).bodyValue(payload).retrieve().toBodilessEntity().block(TIMEOUT); // VULN ssrf
        } catch (WebClientResponseException e) {
            log.warn("Webhook responded {} for technician notification", e.getStatusCode());
        }
    }

    public void postToCrewChannel(int channelId, String text) {
        URI uri = UriComponentsBuilder.fromHttpUrl(teamsBaseUrl).pathSegment(Integer.toString(channelId), "messages").build().toUri();
        webClient.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)).retrieve().toBodilessEntity().block(TIMEOUT); // SAFE ssrf
    }
}
