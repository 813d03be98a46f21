package org.northcare.clinic;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
@RequestMapping("/api/appointments")
public class AppointmentController {

    private static final Map<String, String> SORT_COLUMNS = Map.of("start", "starts_at", "room", "room_no", "clinician", "clinician_id");
    private static final Map<String, String> AFTER_BOOKING = Map.of("calendar", "/portal/calendar", "inbox", "/portal/inbox");
    private static final Pattern EXPORT_ID = Pattern.compile("^[0-9]{1,9}$");
    private static final Path EXPORT_DIR = Path.of("/srv/clinic/exports");

    public record SearchFilter(String ward, String status, String sort) { }
    public record ImportRequest(String sourceUrl, String format) { }

    private final JdbcTemplate jdbc;
    private final RestTemplate http;
    private final ClinicSupport support;

    @PersistenceContext
    private EntityManager em;

    public AppointmentController(JdbcTemplate jdbc, RestTemplate http, ClinicSupport support) {
        this.jdbc = jdbc;
        this.http = http;
        this.support = support;
    }

    @PostMapping("/search")
    public List<Map<String, Object>> search(@RequestBody SearchFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, patient_name, starts_at FROM appointments WHERE ward = '")
                .append(filter.ward()).append("'");
        if (filter.status() != null) {
            sql.append(" AND status = '").append(filter.status()).append("'");
        }
        return jdbc.queryForList(sql.toString()); // VULN sqli
    }

    @GetMapping("/ward/{ward}")
    public List<Map<String, Object>> byWard(@PathVariable String ward, @RequestParam(defaultValue = "start") String sort) {
        String column = SORT_COLUMNS.getOrDefault(sort, "starts_at");
        return jdbc.queryForList("SELECT id, patient_name, starts_at FROM appointments WHERE ward = ? ORDER BY " + column, ward); // SAFE sqli
    }

    @GetMapping("/by-patient")
    public List<?> byPatient(@RequestParam String surname) {
        String jpql = "select a from Appointment a where a.patient.surname = '" + surname + "' order by a.startsAt";
        return em.createQuery(jpql).getResultList(); // VULN sqli
    }

    @PostMapping("/export/{id}")
    public ResponseEntity<String> export(@PathVariable String id, @RequestHeader(value = "X-Export-Format", defaultValue = "csv") String format) throws Exception {
        String cmd = "/opt/clinic/bin/export-appointments --id " + id + " --format " + format + " --out " + EXPORT_DIR;
        Process p = new ProcessBuilder("/bin/sh", "-c", cmd).redirectErrorStream(true).start(); // VULN cmdi
        return ResponseEntity.ok("exit=" + p.waitFor());
    }

    @PostMapping("/export/{id}/archive")
    public ResponseEntity<String> exportChecked(@PathVariable String id, @RequestParam(defaultValue = "csv") String format) throws Exception {
        if (!EXPORT_ID.matcher(id).matches() || !List.of("csv", "pdf").contains(format)) {
            return ResponseEntity.badRequest().build();
        }
        Process p = new ProcessBuilder(List.of("/opt/clinic/bin/export-appointments", "--id", id, "--format", format)).start(); // SAFE cmdi
        return ResponseEntity.ok("exit=" + p.waitFor());
    }

    @PostMapping("/import")
    public String importExternal(@RequestBody ImportRequest req) {
        return http.getForObject(req.sourceUrl(), String.class); // VULN ssrf
    }

    @PostMapping("/import/lab")
    public String importLab(@RequestBody ImportRequest req) {
        URI checked = support.requireLabHost(req.sourceUrl());
        return http.getForObject(checked, String.class); // SAFE ssrf
    }

    @GetMapping("/booked")
    public ResponseEntity<Void> afterBooking(@RequestParam(defaultValue = "calendar") String view) {
        String target = AFTER_BOOKING.getOrDefault(view, "/portal/calendar");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build(); // SAFE open-redirect
    }
}
