package org.hemalink.hospital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class HospitalService {

    /** Onboarding form for a new hospital customer, filled in by the customer services team. */
    public static class Registration {
        public String code;
        public String name;
        public String region;
        public String contactEmail;
        public String contactPhone;
        public String portalUrl;
        public String callbackUrl;
    }

    /** The status endpoint every hospital integration is asked to expose. */
    @Path("/")
    public interface HealthApi {
        @GET
        @Path("hemalink/health")
        @Produces(MediaType.TEXT_PLAIN)
        String health();
    }

    private static final Pattern CODE = Pattern.compile("^[A-Z]{3,6}$");

    @Inject
    @RestClient
    PartnerRegistryClient registry;

    @Transactional
    public Hospital register(Registration form) {
        String code = form.code == null ? "" : form.code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("hospital code must be 3-6 letters");
        }
        if (Hospital.findActiveByCode(code).isPresent()) {
            throw new IllegalArgumentException("hospital code already registered");
        }
        if (form.name == null || form.name.isBlank() || form.region == null || form.region.isBlank()) {
            throw new IllegalArgumentException("name and region are required");
        }
        if (form.callbackUrl != null && !form.callbackUrl.isBlank() && !form.callbackUrl.startsWith("http")) {
            throw new IllegalArgumentException("callback must be an http(s) URL");
        }
        Hospital h = new Hospital();
        h.code = code;
        h.name = form.name.trim();
        h.region = form.region.trim();
        h.contactEmail = form.contactEmail;
        h.contactPhone = form.contactPhone;
        h.portalUrl = form.portalUrl;
        h.callbackUrl = form.callbackUrl;
        h.active = true;
        h.registeredAt = Instant.now();
        h.persist();
        return h;
    }

    public Hospital require(long id) {
        Hospital h = Hospital.findById(id);
        if (h == null) {
            throw new NotFoundException("hospital " + id);
        }
        return h;
    }

    /**
     * Lets onboarding staff check that the hospital's integration endpoint answers before go-live.
     */
    public String checkConnectivity(long hospitalId, String endpoint) {
        require(hospitalId);
        return RestClientBuilder.newBuilder().baseUri(URI.create(endpoint)).connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build(HealthApi.class).health(); // VULN ssrf
    }

    @Transactional
    public Hospital verifyAccreditation(long hospitalId, String registryId) {
        Hospital h = require(hospitalId);
        UUID id = UUID.fromString(registryId.trim());
        PartnerRegistryClient.FacilityRecord record = registry.lookup(id); // SAFE ssrf
        if (record == null || record.validUntil() == null || record.validUntil().isBefore(LocalDate.now())) {
            throw new IllegalArgumentException("facility accreditation is not current");
        }
        h.registryId = id.toString();
        h.accreditedUntil = record.validUntil();
        return h;
    }
}
