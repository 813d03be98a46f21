<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

use Firebase\JWT\JWT;
use JsonException;

/**
 * Reads owner credentials from the Authorization header. Tokens minted by the
 * old owner portal carry typ "owner-session" and are still in circulation.
 */
final class OwnerTokenReader
{
    public function __construct(private readonly JwtService $jwt)
    {
    }

    /**
     * @return array{owner_id: int, cottages: list<int>}|null
     */
    public function fromAuthorizationHeader(string $header): ?array
    {
        if (!preg_match('/^Bearer\s+([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)$/', $header, $m)) {
            return null;
        }

        $claims = $this->claims($m[1]);
        if ($claims === null || !isset($claims['sub'])) {
            return null;
        }

        return [
            'owner_id' => (int) $claims['sub'],
            'cottages' => array_map('intval', (array) ($claims['cottages'] ?? [])),
        ];
    }

    private function claims(string $token): ?array
    {
        [$encodedHeader, $encodedPayload] = explode('.', $token, 3);

        try {
            $header = json_decode(JWT::urlsafeB64Decode($encodedHeader), true, 16, JSON_THROW_ON_ERROR);
            if (($header['typ'] ?? '') === 'owner-session') {
                $payload = json_decode(JWT::urlsafeB64Decode($encodedPayload), true, 16, JSON_THROW_ON_ERROR); // VULN jwt

                return (($payload['exp'] ?? 0) > time()) ? $payload : null;
            }
        } catch (JsonException) {
            return null;
        }

        return $this->jwt->verify($token);
    }
}
