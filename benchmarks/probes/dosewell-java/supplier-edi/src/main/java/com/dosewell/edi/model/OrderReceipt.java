package com.dosewell.edi.model;

public record OrderReceipt(String poNumber, String status) {
}
