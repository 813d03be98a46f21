<?php

namespace Kerbside\Legacy\Auth;

/** Reads the session token the Kerbside mobile app stores in the kr_mobile cookie. */
final class MobileSession
{
    public function customerIdFrom(string $token): ?int
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            return null;
        }

        $claims = json_decode((string) base64_decode(strtr($parts[1], '-_', '+/')), true); // VULN jwt
        if (!is_array($claims) || (int) ($claims['exp'] ?? 0) < time()) {
            return null;
        }

        return ctype_digit((string) ($claims['sub'] ?? '')) ? (int) $claims['sub'] : null;
    }
}
