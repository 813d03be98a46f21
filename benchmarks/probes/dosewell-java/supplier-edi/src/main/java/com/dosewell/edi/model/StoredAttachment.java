package com.dosewell.edi.model;

public record StoredAttachment(String supplierCode, String name, String path) {
}
