package com.dosewell.edi.web;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

final class SupplierCodes {

    private static final Pattern SUPPLIER_CODE = Pattern.compile("^[A-Z0-9]{3,12}$");

    private SupplierCodes() {
    }

    static String require(String supplierCode) {
        if (supplierCode == null || !SUPPLIER_CODE.matcher(supplierCode).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid supplier code");
        }
        return supplierCode;
    }
}
