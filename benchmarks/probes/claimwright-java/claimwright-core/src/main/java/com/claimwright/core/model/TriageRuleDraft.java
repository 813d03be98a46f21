package com.claimwright.core.model;

import java.math.BigDecimal;

public record TriageRuleDraft(String name, String condition, BigDecimal threshold) {
}
