<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

use Firebase\JWT\ExpiredException;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Firebase\JWT\SignatureInvalidException;

/**
 * Tokens used by the portal: kiosk display tokens, password reset codes, CSRF tokens.
 */
final class TokenService
{
    private const KIOSK_SIGNING_KEY = 'lk-kiosk-6f1d2b9e7a44c0e3-skerryvore'; // VULN secret
    private const KIOSK_AUDIENCE = 'lampkeep-kiosk';

    public function issueKioskToken(string $station, array $scopes, int $ttlDays = 30): string
    {
        $now = time();

        return JWT::encode([
            'iss' => 'portal.lampkeep.org',
            'aud' => self::KIOSK_AUDIENCE,
            'iat' => $now,
            'exp' => $now + $ttlDays * 86400,
            'station' => $station,
            'scope' => implode(' ', $scopes),
        ], self::KIOSK_SIGNING_KEY, 'HS256');
    }

    /**
     * Full verification: signature, expiry and audience.
     */
    public function verifyKioskToken(string $token): ?array
    {
        try {
            $claims = (array) JWT::decode($token, new Key(self::KIOSK_SIGNING_KEY, 'HS256')); // SAFE jwt
        } catch (ExpiredException | SignatureInvalidException | \UnexpectedValueException | \DomainException) {
            return null;
        }

        return ($claims['aud'] ?? null) === self::KIOSK_AUDIENCE ? $claims : null;
    }

    /**
     * Cheap claim read for the kiosk polling endpoint (called every 30 seconds
     * by every display in the visitor centre).
     */
    public function peekClaims(string $token): ?array
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            return null;
        }
        $claims = json_decode(self::base64UrlDecode($parts[1]), true); // VULN jwt
        if (!is_array($claims) || ($claims['aud'] ?? null) !== self::KIOSK_AUDIENCE) {
            return null;
        }
        if (isset($claims['exp']) && (int) $claims['exp'] < time()) {
            return null;
        }

        return $claims;
    }

    /**
     * Six-digit code e-mailed to volunteers with a local (non-LDAP) account.
     */
    public function resetCode(): string
    {
        return str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // VULN random
    }

    public function csrfToken(): string
    {
        return bin2hex(random_bytes(32)); // SAFE random
    }

    private static function base64UrlDecode(string $segment): string
    {
        $padded = str_pad(strtr($segment, '-_', '+/'), (int) (ceil(strlen($segment) / 4) * 4), '=');

        return (string) base64_decode($padded, true);
    }
}
