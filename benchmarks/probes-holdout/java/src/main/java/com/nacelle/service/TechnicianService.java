package com.nacelle.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import com.nacelle.domain.Technician;
import com.nacelle.dto.TechnicianProfileForm;
import com.nacelle.repository.TechnicianRepository;
import com.nacelle.service.DocumentStorage.StoredFile;
import com.nacelle.service.TechnicianDirectoryService.DirectoryEntry;
import com.nacelle.service.TurbineService.NotFoundException;
import com.nacelle.util.PinHasher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
public class TechnicianService {

    private static final Duration RESET_CODE_TTL = Duration.ofMinutes(30);

    private final TechnicianRepository technicians;
    private final TechnicianDirectoryService directory;
    private final DocumentStorage storage;
    private final PinHasher pinHasher;
    private final Random random = new Random();

    public TechnicianService(TechnicianRepository technicians, TechnicianDirectoryService directory,
                             DocumentStorage storage, PinHasher pinHasher) {
        this.technicians = technicians;
        this.directory = directory;
        this.storage = storage;
        this.pinHasher = pinHasher;
    }

    public Technician require(long id) {
        return technicians.findById(id).orElseThrow(() -> new NotFoundException("Technician " + id));
    }

    @Transactional
    public Technician updateProfile(long id, TechnicianProfileForm form) {
        Technician technician = require(id);
        technician.setDisplayName(form.getDisplayName().trim());
        technician.setEmail(form.getEmail());
        technician.setCrew(form.getCrew());
        technician.setBio(form.getBio());
        technician.setNotificationWebhook(blankToNull(form.getNotificationWebhook()));
        if (form.getTabletPin() != null && !form.getTabletPin().isBlank()) {
            technician.setTabletPinHash(pinHasher.tabletPinHash(technician.getEmployeeNo(), form.getTabletPin()));
        }
        return technicians.save(technician);
    }

    public List<DirectoryEntry> searchDirectory(String crew, String namePrefix) {
        if (namePrefix == null || namePrefix.length() < 2) {
            throw new IllegalArgumentException("Type at least two characters");
        }
        return directory.searchCrew(crew == null ? "*" : crew, namePrefix);
    }

    /** Six-digit code sent by SMS to contractors who forgot their portal password. */
    @Transactional
    public void issueResetCode(String employeeNo) {
        technicians.findByEmployeeNo(employeeNo).ifPresent(t -> {
            String code = String.format("%06d", random.nextInt(1_000_000)); // VULN random
            t.setResetCode(code);
            t.setResetCodeExpiresAt(Instant.now().plus(RESET_CODE_TTL));
            technicians.save(t);
        });
    }

    @Transactional
    public boolean resetPassword(String employeeNo, String code, String newPassword) {
        Technician t = technicians.findByEmployeeNo(employeeNo).orElse(null);
        if (t == null || t.getResetCode() == null || t.getResetCodeExpiresAt() == null
                || Instant.now().isAfter(t.getResetCodeExpiresAt()) || !t.getResetCode().equals(code)) {
            return false;
        }
        if (newPassword == null || newPassword.length() < 12) {
            throw new IllegalArgumentException("Password must have at least 12 characters");
        }
        t.setPortalPasswordHash(pinHasher.portalPasswordHash(newPassword));
        t.setResetCode(null);
        t.setResetCodeExpiresAt(null);
        technicians.save(t);
        return true;
    }

    public StoredFile uploadCertificate(long technicianId, MultipartFile file) throws IOException {
        require(technicianId);
        try (InputStream in = file.getInputStream()) {
            return storage.saveCertificate(technicianId, file.getOriginalFilename(), in);
        }
    }

    public InputStream openCertificate(long technicianId, String name) throws IOException {
        if (name == null || name.contains("..") || name.startsWith("/")) {
            throw new IllegalArgumentException("Invalid certificate name");
        }
        return storage.openCertificate(technicianId, name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
