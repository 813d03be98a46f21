package com.moorgate.service;

import java.util.regex.Pattern;

final class FileNames {

    private static final Pattern DISALLOWED_CHARS = Pattern.compile("[^A-Za-z0-9._-]");

    private FileNames() {
    }

    /** Reduces a client-supplied file name to a single harmless path segment. */
    static String leaf(String name) {
        if (name == null) {
            return "upload.bin";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = DISALLOWED_CHARS.matcher(last).replaceAll("_");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return "upload.bin";
        }
        return cleaned.length() > 120 ? cleaned.substring(cleaned.length() - 120) : cleaned;
    }
}
