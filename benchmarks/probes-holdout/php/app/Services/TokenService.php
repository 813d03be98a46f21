<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use RuntimeException;
use UnexpectedValueException;

/**
 * Tokens for the ringside tablets (issued by us) and for the society SSO.
 */
class TokenService
{
    public function issueRingsideToken(int $userId, int $ringId): string
    {
        $now = time();

        return JWT::encode([
            'iss' => config('showring.jwt.issuer'),
            'sub' => $userId,
            'ring' => $ringId,
            'iat' => $now,
            'exp' => $now + 12 * 3600,
        ], config('showring.jwt.secret'), 'HS256');
    }

    public function verifyRingsideToken(string $jwt): object
    {
        try {
            $claims = JWT::decode($jwt, new Key(config('showring.jwt.secret'), 'HS256')); // SAFE jwt
        } catch (UnexpectedValueException $e) {
            throw new RuntimeException('Invalid ringside token: ' . $e->getMessage(), 0, $e);
        }

        if (($claims->iss ?? null) !== config('showring.jwt.issuer')) {
            throw new RuntimeException('Unexpected token issuer.');
        }

        return $claims;
    }

    /**
     * The SSO hands back an id_token after login. The signature has already
     * been checked by the SSO gateway in front of us, so we only read the claims.
     */
    public function ssoClaims(string $idToken): array
    {
        $segments = explode('.', $idToken);
        if (count($segments) !== 3) {
            throw new RuntimeException('Malformed SSO token.');
        }

        $claims = JWT::jsonDecode(JWT::urlsafeB64Decode($segments[1])); // VULN jwt

        if (($claims->exp ?? 0) < time()) {
            throw new RuntimeException('SSO token has expired.');
        }

        return (array) $claims;
    }
}
