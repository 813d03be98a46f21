package com.tollgate.api.service;

import com.nimbusds.jwt.*;
import java.text.ParseException;
import java.util.*;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Sessions of fleet operators and rental companies signed in through the partner identity provider. */
@Service
public class PartnerTokenService {

    public record PartnerIdentity(String partnerId, List<String> scopes) {
        public boolean may(String scope) {
            return scopes != null && scopes.contains(scope);
        }
    }

    private static final String PARTNER_ISSUER = "https://id.partners.tollgate.example";

    public PartnerIdentity identify(String token) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet(); // VULN jwt
            if (!PARTNER_ISSUER.equals(claims.getIssuer())
                    || claims.getExpirationTime() == null || claims.getExpirationTime().before(new Date())) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "partner session not valid");
            }
            return new PartnerIdentity(claims.getSubject(), claims.getStringListClaim("scopes"));
        } catch (ParseException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "malformed partner session");
        }
    }
}
