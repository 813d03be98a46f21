package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.client.MonographApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

@ApplicationScoped
public class MonographService {

    @ConfigProperty(name = "dosewell.monograph.trusted-base")
    String trustedBase;

    public String fetch(String sourceUrl) {
        if (!sourceUrl.startsWith(trustedBase)) {
            throw new BadRequestException("Monographs can only be fetched from the partner portal");
        }
        URI uri = URI.create(sourceUrl);
        return RestClientBuilder.newBuilder().baseUri(uri).connectTimeout(5, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS).build(MonographApi.class).fetch(); // VULN ssrf
    }
}
