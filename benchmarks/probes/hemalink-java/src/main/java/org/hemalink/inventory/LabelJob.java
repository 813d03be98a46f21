package org.hemalink.inventory;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request to print a bag label at a processing-lab label station.
 */
public record LabelJob(String unitNumber, String printer, String media, int copies, String requestedBy, Instant requestedAt) {

    private static final Pattern PRINTER_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern DIN = Pattern.compile("^[A-Z][0-9]{14}$");
    private static final Set<String> MEDIA = Set.of("isbt-100x100", "isbt-100x50", "tube-50x25");

    /** Sanity checks applied before the job is put on the queue. */
    public void validate() {
        if (unitNumber == null || !DIN.matcher(unitNumber).matches()) {
            throw new IllegalArgumentException("not a valid ISBT 128 DIN");
        }
        if (printer == null || !PRINTER_NAME.matcher(printer).find()) {
            throw new IllegalArgumentException("printer name required");
        }
        if (!MEDIA.contains(media)) {
            throw new IllegalArgumentException("unsupported label media");
        }
        if (copies < 1 || copies > 4) {
            throw new IllegalArgumentException("copies must be between 1 and 4");
        }
    }
}
