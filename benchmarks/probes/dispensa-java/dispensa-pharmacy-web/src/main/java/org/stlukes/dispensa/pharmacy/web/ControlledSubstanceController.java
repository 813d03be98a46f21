package org.stlukes.dispensa.pharmacy.web;

import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;
import org.stlukes.dispensa.pharmacy.dao.AuditTrailRepository;
import org.stlukes.dispensa.pharmacy.dao.ControlledLogDao;
import org.stlukes.dispensa.pharmacy.service.RegisterArchiveService;
import org.stlukes.dispensa.pharmacy.service.StaffDirectoryService;
import org.stlukes.dispensa.pharmacy.service.StaffDirectoryService.StaffMember;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/controlled")
@CrossOrigin(originPatterns = "*", allowCredentials = "true") // VULN cors
public class ControlledSubstanceController {

    private final ControlledLogDao logDao;
    private final AuditTrailRepository auditTrail;
    private final StaffDirectoryService directory;
    private final RegisterArchiveService archiveService;

    public ControlledSubstanceController(ControlledLogDao logDao, AuditTrailRepository auditTrail,
                                         StaffDirectoryService directory, RegisterArchiveService archiveService) {
        this.logDao = logDao;
        this.auditTrail = auditTrail;
        this.directory = directory;
        this.archiveService = archiveService;
    }

    @GetMapping("/register")
    public List<Map<String, Object>> register(@RequestParam String ward, @RequestParam String drug,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return logDao.register(ward, drug, from, to);
    }

    @GetMapping("/audit")
    public List<Document> auditByRecorder(@RequestParam String recordedBy) {
        return auditTrail.findByRecorder(recordedBy);
    }

    @GetMapping("/audit/wards/{ward}")
    public List<Document> auditByWard(@PathVariable String ward, @RequestParam String drug) {
        return auditTrail.findByWardAndDrug(ward, drug);
    }

    @PostMapping("/register/{entryId}/witness")
    public Map<String, Object> witness(@PathVariable long entryId,
                                       @RequestHeader("X-Witness-Badge") String badge) {
        StaffMember witness = directory.findByBadge(badge)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "unknown badge"));
        if (!witness.roles().contains("registered-nurse") && !witness.roles().contains("pharmacist")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "witness not authorised for CD entries");
        }
        logDao.recordWitness(entryId, witness.uid());
        return Map.of("entry", entryId, "witness", witness.uid());
    }

    @GetMapping("/pharmacists")
    public List<StaffMember> pharmacists(@RequestParam String surname) {
        return directory.findPharmacists(surname);
    }

    @PostMapping("/archive")
    public Map<String, Object> archive(@RequestParam String month, @RequestParam String label) throws Exception {
        return Map.of("archive", archiveService.archiveMonth(YearMonth.parse(month), label).toString());
    }
}
