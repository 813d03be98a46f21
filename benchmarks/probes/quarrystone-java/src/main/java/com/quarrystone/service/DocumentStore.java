package com.quarrystone.service;

import com.quarrystone.config.AppConfig;
import com.quarrystone.util.PathGuard;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * File storage for delivery notes, weigh slips, calibration certificates and load photos.
 * Everything lives on the shared NFS volume mounted at quarrystone.storage.root.
 */
public class DocumentStore {

    private final Path deliveryNotes;
    private final Path weighSlips;
    private final Path calibration;
    private final Path photos;

    public DocumentStore(AppConfig config) {
        this.deliveryNotes = config.deliveryNotesDir();
        this.weighSlips = config.weighSlipsDir();
        this.calibration = config.calibrationDir();
        this.photos = config.photosDir();
    }

    /** Delivery note PDFs are generated as {ticketNo}.pdf by the print service. */
    public byte[] readDeliveryNote(String fileName) throws IOException {
        Path file = deliveryNotes.resolve(fileName);
        return Files.readAllBytes(file); // VULN path
    }

    /** Weigh slips are requested by name from the ticket screen. */
    public byte[] readWeighSlip(String fileName) throws IOException {
        Path file = PathGuard.resolveInside(weighSlips, fileName);
        return Files.readAllBytes(file); // SAFE path
    }

    public Path weighSlipPath(String fileName) {
        return PathGuard.resolveInside(weighSlips, fileName);
    }

    /**
     * Calibration certificates are uploaded by the weighbridge engineer; some file names contain
     * spaces and arrive percent-encoded.
     */
    public byte[] readCalibrationCertificate(String requested) throws IOException {
        if (!PathGuard.looksClean(requested)) {
            throw new SecurityException("Invalid certificate name");
        }
        String name = URLDecoder.decode(requested, StandardCharsets.UTF_8);
        return Files.readAllBytes(calibration.resolve(name)); // VULN path
    }

    /** Stores a load photo taken by the loader driver; returns the generated file name. */
    public String storePhoto(String ticketNo, byte[] jpeg) throws IOException {
        if (!ticketNo.matches("[A-Z]{2}-[A-Z]+-\\d{6}-\\d{5}")) {
            throw new IllegalArgumentException("Bad ticket number");
        }
        Path dir = photos.resolve(ticketNo);
        Files.createDirectories(dir);
        String name = UUID.randomUUID() + ".jpg";
        Files.write(dir.resolve(name), jpeg); // SAFE path
        return name;
    }

    /** Removes a load photo the customer flagged as wrong. */
    public boolean deletePhoto(String ticketNo, String fileName) throws IOException {
        Path target = photos.resolve(ticketNo).resolve(fileName);
        if (!target.startsWith(photos)) {
            throw new SecurityException("Photo outside storage area");
        }
        return Files.deleteIfExists(target); // VULN path
    }
}
