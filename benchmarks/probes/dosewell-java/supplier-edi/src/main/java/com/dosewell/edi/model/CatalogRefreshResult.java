package com.dosewell.edi.model;

import java.time.Instant;

public record CatalogRefreshResult(String supplierCode, String feedUrl, int bytes, String preview, Instant fetchedAt) {
}
