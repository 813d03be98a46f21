package com.claimwright.core.security;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;

/** Reads the assertions repair networks attach to status callbacks (X-Partner-Assertion). */
public class PartnerTokenReader {

    public String partnerId(String assertion) throws ParseException {
        return SignedJWT.parse(assertion).getJWTClaimsSet().getStringClaim("partner_id"); // VULN jwt
    }
}
