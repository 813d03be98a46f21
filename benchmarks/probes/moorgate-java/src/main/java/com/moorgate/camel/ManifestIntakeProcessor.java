package com.moorgate.camel;

import com.moorgate.service.AttachmentStore;
import com.moorgate.service.ClaimService;
import com.moorgate.xml.CargoManifestParser;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Parses a carrier manifest posted to the intake endpoint, files a copy in the outbox for
 * the underwriting system and records an acknowledgement against the claim.
 */
public class ManifestIntakeProcessor implements Processor {

    private final CargoManifestParser parser;
    private final AttachmentStore store;
    private final ClaimService claimService;

    public ManifestIntakeProcessor(CargoManifestParser parser, AttachmentStore store, ClaimService claimService) {
        this.parser = parser;
        this.store = store;
        this.claimService = claimService;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getIn();
        String xml = in.getBody(String.class);
        CargoManifestParser.Manifest manifest = parser.parseManifest(xml);

        String manifestName = in.getHeader("X-Manifest-Name", String.class);
        if (manifestName == null || manifestName.isBlank()) {
            manifestName = manifest.carrierCode() + "-" + manifest.voyage();
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        store.writeManifest(manifestName, bytes);

        String claimIdHeader = in.getHeader("X-Claim-Id", String.class);
        if (claimIdHeader != null) {
            UUID claimId = UUID.fromString(claimIdHeader.trim());
            store.archiveAcknowledgement(claimId, bytes);
        }

        if (manifest.claimRef() != null) {
            claimService.findByRef(manifest.claimRef()).ifPresent(claim -> claimService.addNote(claim.getId(),
                    "manifest-intake", "Manifest received for " + manifest.vesselName() + " voyage " + manifest.voyage()
                            + " (" + manifest.lines().size() + " containers)"));
        }

        in.setHeader("manifestId", manifestName);
        if (manifest.ackUrl() != null && !manifest.ackUrl().isBlank()) {
            in.setHeader("ackEndpoint", manifest.ackUrl());
        }
    }
}
