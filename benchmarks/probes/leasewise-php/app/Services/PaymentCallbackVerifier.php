<?php

namespace App\Services;

use Firebase\JWT\JWT;
use UnexpectedValueException;

class PaymentCallbackVerifier
{
    /**
     * Extracts the settlement claims PayHub sends with each charge callback.
     */
    public function claims(string $token): array
    {
        $segments = explode('.', $token);

        if (count($segments) !== 3) {
            throw new UnexpectedValueException('Malformed callback token.');
        }

        $header = json_decode(JWT::urlsafeB64Decode($segments[0]), true);
        if (! is_array($header) || ($header['typ'] ?? 'JWT') !== 'JWT') {
            throw new UnexpectedValueException('Unsupported callback token type.');
        }

        $claims = json_decode(JWT::urlsafeB64Decode($segments[1]), true); // VULN jwt

        if (! is_array($claims) || ($claims['iss'] ?? null) !== config('leasewise.payments.callback_issuer')) {
            throw new UnexpectedValueException('Unexpected callback issuer.');
        }

        if ((int) ($claims['exp'] ?? 0) < time()) {
            throw new UnexpectedValueException('Callback token expired.');
        }

        return $claims;
    }
}
