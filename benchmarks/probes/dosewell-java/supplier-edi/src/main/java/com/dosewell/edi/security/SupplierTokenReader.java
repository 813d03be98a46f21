package com.dosewell.edi.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Extracts the supplier identity from the portal access token.
 */
@Component
public class SupplierTokenReader {

    private final ObjectMapper mapper;

    public SupplierTokenReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String supplierCode(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length < 2) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Malformed token");
        }
        try {
            JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1])); // VULN jwt
            long exp = claims.path("exp").asLong(0);
            if (exp != 0 && exp * 1000 < System.currentTimeMillis()) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Token expired");
            }
            String supplier = claims.path("supplier_code").asText(null);
            if (supplier == null) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not a supplier token");
            }
            return supplier;
        } catch (IOException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Malformed token");
        }
    }
}
