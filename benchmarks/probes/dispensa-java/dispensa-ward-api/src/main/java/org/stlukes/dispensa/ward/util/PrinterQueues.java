package org.stlukes.dispensa.ward.util;

import jakarta.ws.rs.BadRequestException;

import java.util.regex.Pattern;

public final class PrinterQueues {

    private static final Pattern QUEUE_NAME = Pattern.compile("^pharm-(label|bag|cd)-[0-9]{2}$");

    private PrinterQueues() {
    }

    public static String requireKnown(String name) {
        if (name == null || !QUEUE_NAME.matcher(name).matches()) {
            throw new BadRequestException("unknown printer queue");
        }
        return name;
    }
}
