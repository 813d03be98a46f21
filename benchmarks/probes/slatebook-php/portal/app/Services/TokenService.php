<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    private const ALGORITHM = 'HS256';

    public function issueParentToken(int $parentId, array $studentIds): string
    {
        $now = time();
        $payload = [
            'iss'      => config('slatebook.jwt_issuer'),
            'sub'      => $parentId,
            'iat'      => $now,
            'nbf'      => $now,
            'exp'      => $now + config('slatebook.jwt_ttl'),
            'students' => array_values(array_map('intval', $studentIds)),
        ];

        return JWT::encode($payload, config('slatebook.jwt_secret'), self::ALGORITHM); // SAFE secret
    }

    public function verify(string $token): array
    {
        JWT::$leeway = 30;
        $decoded = JWT::decode($token, new Key(config('slatebook.jwt_secret'), self::ALGORITHM)); // SAFE jwt

        return (array) $decoded;
    }
}
