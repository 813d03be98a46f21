<?php

namespace App\Security;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    private const ISSUER = 'keystone-portal';
    private const AGENT_TTL = 3600;
    private const PREVIEW_TTL = 7 * 86400;

    public function __construct(private readonly string $jwtSigningKey)
    {
        JWT::$leeway = 30;
    }

    /**
     * @param list<string> $roles
     */
    public function issueAgentToken(string $agentId, array $roles): string
    {
        $now = time();
        $claims = [
            'iss' => self::ISSUER,
            'sub' => $agentId,
            'roles' => $roles,
            'iat' => $now,
            'exp' => $now + self::AGENT_TTL,
        ];

        return JWT::encode($claims, $this->jwtSigningKey, 'HS256'); // SAFE secret
    }

    public function verifyAgentToken(string $token): ?array
    {
        try {
            $decoded = JWT::decode($token, new Key($this->jwtSigningKey, 'HS256')); // SAFE jwt
        } catch (\UnexpectedValueException|\DomainException) {
            return null;
        }

        return ($decoded->iss ?? null) === self::ISSUER ? (array) $decoded : null;
    }

    public function agentIdFromBearer(string $header): ?string
    {
        if (!str_starts_with($header, 'Bearer ')) {
            return null;
        }

        $parts = explode('.', substr($header, 7));
        if (\count($parts) !== 3) {
            return null;
        }

        $claims = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true); // VULN jwt
        if (!\is_array($claims) || ($claims['exp'] ?? 0) < time()) {
            return null;
        }

        return isset($claims['sub']) ? (string) $claims['sub'] : null;
    }

    public function issueListingPreviewLink(int $listingId, string $recipientEmail): string
    {
        $now = time();
        $claims = [
            'iss' => self::ISSUER,
            'lid' => $listingId,
            'rcp' => mb_strtolower($recipientEmail),
            'iat' => $now,
            'exp' => $now + self::PREVIEW_TTL,
        ];

        return 'https://www.keystonerealty.com/preview?t=' . JWT::encode($claims, 'kst-preview-7f3b2c9e41d8a6', 'HS256'); // VULN secret
    }
}
