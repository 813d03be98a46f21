package com.cargomark.callbacks.edi;

/** One container status line from an IFTSTA-XML message. */
public record StatusMessage(String containerNumber, String statusCode, String location, String eventTime) {
}
