package com.lockgate.util;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Format rules for lock and gate identifiers used across the navigation network.
 * Lock codes look like "HL12" (Hatton Locks, lock 12); gates add a suffix, "HL12-UPPER".
 */
public final class LockCodes {

    private static final Pattern LOCK_CODE = Pattern.compile("^[A-Z]{2,4}\\d{1,3}$");
    private static final Pattern GATE_ID = Pattern.compile("^[A-Z]{2,4}\\d{1,3}-(UPPER|LOWER)$");
    private static final Pattern GATE_MENTION = Pattern.compile("[A-Z]{2,4}\\d{1,3}-(UPPER|LOWER)");

    public static final Set<String> GATE_ACTIONS = Set.of("open", "close", "paddle-up", "paddle-down");

    private LockCodes() {
    }

    public static boolean isLockCode(String s) {
        return s != null && LOCK_CODE.matcher(s).matches();
    }

    public static String requireLockCode(String s) {
        if (!isLockCode(s)) {
            throw new IllegalArgumentException("invalid lock code");
        }
        return s;
    }

    public static boolean isGateId(String s) {
        return s != null && GATE_ID.matcher(s).matches();
    }

    /** Used on free-text controller messages, which sometimes include a prefix such as "GATE:". */
    public static boolean mentionsGate(String s) {
        return s != null && GATE_MENTION.matcher(s).find();
    }

    public static String lockOfGate(String gateId) {
        int dash = gateId.indexOf('-');
        return dash < 0 ? gateId : gateId.substring(0, dash);
    }
}
