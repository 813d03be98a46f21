package com.dosewell.edi.model;

/**
 * {@code remarks} may contain placeholders such as ${date:yyyy-MM-dd} which are
 * expanded when the acknowledgement is generated.
 */
public record AckRequest(String supplierName, int acceptedLines, int totalLines, String remarks) {
}
