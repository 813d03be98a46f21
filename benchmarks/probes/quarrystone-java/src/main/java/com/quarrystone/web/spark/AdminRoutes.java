package com.quarrystone.web.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarrystone.dto.WeighReading;
import com.quarrystone.service.BackupService;
import com.quarrystone.service.DocumentStore;
import com.quarrystone.service.TicketService;
import com.quarrystone.service.WeighbridgeXmlImporter;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import spark.Request;
import spark.Response;
import spark.Service;

/** Admin console: backups, archive import, weighbridge data import and calibration documents. */
public class AdminRoutes {

    private final BackupService backups;
    private final DocumentStore documents;
    private final WeighbridgeXmlImporter importer;
    private final TicketService tickets;
    private final ObjectMapper mapper;

    public AdminRoutes(BackupService backups, DocumentStore documents, WeighbridgeXmlImporter importer,
                       TicketService tickets, ObjectMapper mapper) {
        this.backups = backups;
        this.documents = documents;
        this.importer = importer;
        this.tickets = tickets;
        this.mapper = mapper;
    }

    public void register(Service http) {
        http.before("/admin/*", (req, res) -> {
            Set<String> roles = req.session().attribute("roles");
            if (roles == null || !roles.contains("ADMIN")) {
                http.halt(403, "Administrator role required");
            }
        });
        http.post("/admin/backups", this::snapshot);
        http.post("/admin/backups/:id/verify", this::verify);
        http.post("/admin/archive/import", this::importArchive);
        http.post("/admin/print-templates/import", this::importTemplates);
        http.get("/admin/calibration/:cert", this::calibrationCertificate);
        http.post("/admin/weighbridge/import", this::importReadings);
        http.post("/admin/weighbridge/calibration", this::calibration);
    }

    private Object snapshot(Request req, Response res) throws Exception {
        Path file = backups.snapshot(req.queryParams("label"));
        res.type("application/json");
        return mapper.writeValueAsString(Map.of("file", file.getFileName().toString()));
    }

    private Object verify(Request req, Response res) throws Exception {
        UUID id = UUID.fromString(req.params(":id"));
        res.type("text/plain");
        return backups.verify(id);
    }

    private Object importArchive(Request req, Response res) throws Exception {
        List<String> files = backups.importArchive(new ByteArrayInputStream(req.bodyAsBytes()));
        res.type("application/json");
        return mapper.writeValueAsString(Map.of("imported", files.size()));
    }

    private Object importTemplates(Request req, Response res) throws Exception {
        List<String> files = backups.importPrintTemplates(new ByteArrayInputStream(req.bodyAsBytes()));
        res.type("application/json");
        return mapper.writeValueAsString(Map.of("templates", files));
    }

    private Object calibrationCertificate(Request req, Response res) throws Exception {
        byte[] pdf = documents.readCalibrationCertificate(req.params(":cert"));
        res.type("application/pdf");
        res.raw().getOutputStream().write(pdf);
        return "";
    }

    private Object importReadings(Request req, Response res) throws Exception {
        List<WeighReading> readings = importer.importBatch(req.body());
        int applied = 0;
        for (WeighReading r : readings) {
            try {
                tickets.applyReading(r);
                applied++;
            } catch (IllegalArgumentException e) {
                // ticket already purged or voided - skip it
            }
        }
        res.type("application/json");
        return mapper.writeValueAsString(Map.of("received", readings.size(), "applied", applied));
    }

    private Object calibration(Request req, Response res) throws Exception {
        BigDecimal capacity = importer.calibrationCapacity(req.body());
        res.type("application/json");
        return mapper.writeValueAsString(Map.of("maxCapacityKg", capacity));
    }
}
