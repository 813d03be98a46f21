package org.stlukes.dispensa.ward.util;

import jakarta.ws.rs.BadRequestException;

import java.util.regex.Pattern;

public final class FileNames {

    private static final Pattern DISALLOWED = Pattern.compile("[^A-Za-z0-9._-]");

    private FileNames() {
    }

    /** Reduces a client-supplied name to a flat file name without directory parts. */
    public static String flatten(String name) {
        if (name == null) {
            throw new BadRequestException("file name required");
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = DISALLOWED.matcher(base).replaceAll("_");
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isEmpty()) {
            throw new BadRequestException("invalid file name");
        }
        return base;
    }
}
