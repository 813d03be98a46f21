package com.dosewell.edi.model;

import java.util.List;

public record ImportReport(String supplierCode, int filesWritten, List<String> skipped) {
}
