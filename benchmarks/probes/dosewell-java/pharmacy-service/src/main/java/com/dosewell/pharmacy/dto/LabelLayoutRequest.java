package com.dosewell.pharmacy.dto;

public record LabelLayoutRequest(String layout, String printerId, int copies) {
}
