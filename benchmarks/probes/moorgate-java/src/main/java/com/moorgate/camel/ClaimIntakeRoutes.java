package com.moorgate.camel;

import com.moorgate.client.LegacyEdiClient;
import com.moorgate.messaging.InspectionJobPublisher;
import com.moorgate.service.ArchiveImporter;
import com.moorgate.service.AttachmentStore;
import com.moorgate.service.ClaimService;
import com.moorgate.xml.CargoManifestParser;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import java.io.InputStream;

/**
 * Inbound integration with carriers and the legacy desk application.
 */
public class ClaimIntakeRoutes extends RouteBuilder {

    private final CargoManifestParser parser;
    private final AttachmentStore store;
    private final ArchiveImporter importer;
    private final LegacyEdiClient ediClient;
    private final ClaimService claimService;
    private final InspectionJobPublisher publisher;

    public ClaimIntakeRoutes(CargoManifestParser parser, AttachmentStore store, ArchiveImporter importer,
                             LegacyEdiClient ediClient, ClaimService claimService, InspectionJobPublisher publisher) {
        this.parser = parser;
        this.store = store;
        this.importer = importer;
        this.ediClient = ediClient;
        this.claimService = claimService;
        this.publisher = publisher;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.WARN, "Intake failed: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setBody(constant("{\"error\":\"rejected\"}"));

        from("platform-http:/intake/manifests?httpMethodRestrict=POST")
                .routeId("manifest-intake")
                .convertBodyTo(String.class)
                .process(new ManifestIntakeProcessor(parser, store, claimService))
                .filter(header("ackEndpoint").isNotNull())
                    .removeHeaders("CamelHttp*")
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setBody(simple("{\"manifest\":\"${header.manifestId}\",\"status\":\"RECEIVED\"}"))
                    .toD("${header.ackEndpoint}") // VULN ssrf
                .end()
                .setBody(simple("{\"manifest\":\"${header.manifestId}\"}"));

        from("platform-http:/intake/bills-of-lading?httpMethodRestrict=POST")
                .routeId("bol-intake")
                .process(exchange -> {
                    InputStream body = exchange.getIn().getBody(InputStream.class);
                    CargoManifestParser.BillOfLading bol = parser.parseBillOfLading(body);
                    exchange.getMessage().setHeader("blNumber", bol.blNumber());
                    exchange.getMessage().setBody("{\"blNumber\":\"" + bol.blNumber() + "\",\"discharge\":\""
                            + bol.portOfDischarge() + "\"}");
                });

        from("platform-http:/intake/desk-jobs?httpMethodRestrict=POST")
                .routeId("desk-job-relay")
                .process(exchange -> {
                    byte[] body = exchange.getIn().getBody(byte[].class);
                    String contentType = exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class);
                    publisher.publishRaw(body, contentType);
                    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
                    exchange.getMessage().setBody("");
                });

        from("file:/srv/moorgate/inbox/edi?include=.*\\.zip&move=.done&moveFailed=.failed&readLock=changed")
                .routeId("edi-drop-folder")
                .process(exchange -> {
                    String name = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
                    try (InputStream in = exchange.getIn().getBody(InputStream.class)) {
                        importer.importEdiBundle(name, in);
                    }
                });

        from("timer:edi-mailbox?period=900000&delay=60000")
                .routeId("edi-mailbox-poll")
                .process(exchange -> {
                    InputStream bundle = ediClient.nextBundle();
                    if (bundle != null) {
                        try (bundle) {
                            importer.importEdiBundle("mailbox", bundle);
                        }
                    }
                });
    }
}
