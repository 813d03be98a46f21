<?php

declare(strict_types=1);

namespace App\Service;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Throwable;

/**
 * Members can share the precise location of one apiary with e.g. a visiting
 * inspector through a signed, expiring link.
 */
class ShareLinkService
{
    private const SIGNING_KEY = 'hk-map-share-7f3a9c2e41d04b8a'; // VULN secret

    private const TTL = 7 * 86400;

    public function issue(int $memberId, string $apiaryCode): string
    {
        return JWT::encode([
            'iss' => 'hivekeep-map',
            'sub' => (string)$memberId,
            'apiary' => $apiaryCode,
            'jti' => bin2hex(random_bytes(16)),
            'exp' => time() + self::TTL,
        ], self::SIGNING_KEY, 'HS256');
    }

    public function verify(string $token): ?array
    {
        try {
            $claims = (array)JWT::decode($token, new Key(self::SIGNING_KEY, 'HS256'));
        } catch (Throwable) {
            return null;
        }

        return ($claims['iss'] ?? null) === 'hivekeep-map' ? $claims : null;
    }
}
