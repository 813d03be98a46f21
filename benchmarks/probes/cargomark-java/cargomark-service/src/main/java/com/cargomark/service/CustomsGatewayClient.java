package com.cargomark.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.cargomark.domain.CustomsDeclaration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Client for the broker's customs gateway (national single window connector). */
@Component
public class CustomsGatewayClient {

    public record SubmissionReceipt(String reference, String gatewayId, String status) {
    }

    private static final String GATEWAY_CLIENT_ID = "cargomark-nl-prod";
    private static final String GATEWAY_API_KEY = "cgw_live_4f7Qz9LmX2pRt8VbN3kYw6Hd"; // VULN secret

    private final RestTemplate restTemplate;

    public CustomsGatewayClient(@Qualifier("customsGatewayRestTemplate") RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public SubmissionReceipt submit(CustomsDeclaration declaration, byte[] xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.set("Content-MD5", Base64.getEncoder().encodeToString(contentMd5(xml)));
        headers.set("X-Declaration-Ref", declaration.getReference());
        headers.set("X-Client-Id", GATEWAY_CLIENT_ID);
        headers.set("X-Api-Key", GATEWAY_API_KEY);
        return restTemplate.postForObject("/declarations", new HttpEntity<>(xml, headers), SubmissionReceipt.class);
    }

    public byte[] fetchStatusFeed() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Client-Id", GATEWAY_CLIENT_ID);
        headers.set("X-Api-Key", GATEWAY_API_KEY);
        return restTemplate.exchange("/declarations/status-feed", HttpMethod.GET, new HttpEntity<>(headers), byte[].class)
                .getBody();
    }

    /** Integrity header required by the gateway protocol (RFC 1864). */
    private static byte[] contentMd5(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body); // SAFE hash
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
