package com.dosewell.pharmacy.dto;

import java.util.List;

public record ImportSummary(String batchId, int filesExtracted, int drugsUpdated, List<String> warnings) {
}
