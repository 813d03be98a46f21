<?php

namespace App\Security;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class TokenService
{
    private const MEMBER_TTL = 3600;

    public function __construct(private readonly string $jwtSecret, private readonly string $issuer) {}

    public function issueMemberToken(int $memberId, array $roles): string
    {
        $now = time();
        $claims = ['iss' => $this->issuer, 'sub' => (string) $memberId, 'roles' => $roles, 'iat' => $now, 'exp' => $now + self::MEMBER_TTL];
        return JWT::encode($claims, $this->jwtSecret, 'HS256'); // SAFE secret
    }

    public function issueKioskToken(string $kioskId, string $branch): string
    {
        $claims = ['sub' => $kioskId, 'branch' => $branch, 'scope' => 'kiosk', 'iat' => time()];
        return JWT::encode($claims, 'shelfmark-kiosk-2019', 'HS256'); // VULN secret
    }

    public function decodeMemberToken(string $jwt): array
    {
        JWT::$leeway = 30;
        $decoded = JWT::decode($jwt, new Key($this->jwtSecret, 'HS256')); // SAFE jwt
        if (($decoded->iss ?? null) !== $this->issuer) {
            throw new \UnexpectedValueException('Unexpected token issuer');
        }
        return (array) $decoded;
    }
}
