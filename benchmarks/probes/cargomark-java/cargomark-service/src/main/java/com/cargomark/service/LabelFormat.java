package com.cargomark.service;

import java.util.Locale;

public enum LabelFormat {
    ZPL_4X6("labels/zpl-4x6.vm", "application/x-zpl"),
    ZPL_4X4("labels/zpl-4x4.vm", "application/x-zpl"),
    TEXT("labels/plain.vm", "text/plain");

    private final String templatePath;
    private final String contentType;

    LabelFormat(String templatePath, String contentType) {
        this.templatePath = templatePath;
        this.contentType = contentType;
    }

    public String templatePath() {
        return templatePath;
    }

    public String contentType() {
        return contentType;
    }

    public static LabelFormat fromParam(String value) {
        return value == null ? ZPL_4X6 : LabelFormat.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
