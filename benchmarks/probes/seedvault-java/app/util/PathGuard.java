package util;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Helpers for turning client-supplied file names into paths under a storage root. */
public final class PathGuard {

    private static final Pattern REPORT_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(pdf|csv|html)$");

    private PathGuard() {
    }

    /**
     * Resolves {@code name} against {@code root} and fails when the normalised result escapes it.
     */
    public static Path resolveInside(Path root, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty file name");
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(name).normalize();
        if (!candidate.startsWith(base) || candidate.equals(base)) {
            throw new IllegalArgumentException("path escapes storage root: " + name);
        }
        return candidate;
    }

    public static boolean isReportName(String name) {
        return name != null && REPORT_NAME.matcher(name).matches();
    }

    /** Strips directory components a browser might send along with an uploaded file name. */
    public static String baseName(String clientName) {
        if (clientName == null) {
            return "";
        }
        String cleaned = clientName.replace('\\', '/');
        int slash = cleaned.lastIndexOf('/');
        return slash >= 0 ? cleaned.substring(slash + 1) : cleaned;
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase();
    }
}
