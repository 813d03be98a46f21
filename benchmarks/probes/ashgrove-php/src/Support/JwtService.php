<?php

declare(strict_types=1);

namespace Ashgrove\Support;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use stdClass;
use UnexpectedValueException;

final class JwtService
{
    private const ISSUER = 'hall.ashgrove-parish.org.uk';

    public function __construct(private readonly string $secret)
    {
        if (strlen($this->secret) < 32) {
            throw new \LogicException('ASHGROVE_JWT_SECRET must be at least 32 bytes.');
        }
    }

    public function issue(int $memberId, string $role, int $ttl = 3600): string
    {
        $now = time();

        return JWT::encode([
            'iss' => self::ISSUER,
            'sub' => $memberId,
            'role' => $role,
            'iat' => $now,
            'exp' => $now + $ttl,
        ], $this->secret, 'HS256');
    }

    public function verify(string $token): stdClass
    {
        $claims = JWT::decode($token, new Key($this->secret, 'HS256')); // SAFE jwt

        if (($claims->iss ?? null) !== self::ISSUER) {
            throw new UnexpectedValueException('Unexpected issuer.');
        }

        return $claims;
    }

    /**
     * Reads the claims of a token forwarded by the payment provider's relay.
     */
    public function relayClaims(string $token): array
    {
        $segments = explode('.', $token);
        if (count($segments) < 2) {
            throw new UnexpectedValueException('Malformed token.');
        }

        $claims = json_decode(JWT::urlsafeB64Decode($segments[1]), true, 16, JSON_THROW_ON_ERROR); // VULN jwt

        return is_array($claims) ? $claims : [];
    }
}
