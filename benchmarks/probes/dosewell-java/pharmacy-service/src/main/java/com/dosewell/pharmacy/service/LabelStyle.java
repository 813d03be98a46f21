package com.dosewell.pharmacy.service;

public enum LabelStyle {
    STANDARD("labels/standard"),
    CONTROLLED("labels/controlled");

    private final String templateId;

    LabelStyle(String templateId) {
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }
}
