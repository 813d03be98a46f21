<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use RuntimeException;
use UnexpectedValueException;

final class JwtService
{
    public function __construct(
        private readonly string $secret,
        private readonly string $issuer,
        private readonly string $audience,
        private readonly int $ttl,
    ) {
        if (strlen($this->secret) < 32) {
            throw new RuntimeException('FENWICK_JWT_SECRET must be at least 32 bytes');
        }
    }

    public function issueOwnerToken(int $ownerId, array $cottageIds): string
    {
        $now = time();

        return JWT::encode([
            'iss' => $this->issuer,
            'aud' => $this->audience,
            'sub' => (string) $ownerId,
            'cottages' => array_values(array_map('intval', $cottageIds)),
            'iat' => $now,
            'exp' => $now + $this->ttl,
        ], $this->secret, 'HS256');
    }

    /**
     * @return array<string, mixed>|null
     */
    public function verify(string $token): ?array
    {
        try {
            $claims = (array) JWT::decode($token, new Key($this->secret, 'HS256')); // SAFE jwt
        } catch (UnexpectedValueException) {
            return null;
        }

        if (($claims['iss'] ?? null) !== $this->issuer || ($claims['aud'] ?? null) !== $this->audience) {
            return null;
        }

        return $claims;
    }
}
