<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

class StaffTokenService
{
    private const MOBILE_APP_KEY = 'tmp0-m0b1le-9f2c1e7d55a04b3e8c61';

    public function __construct(private readonly string $secret) {}

    public function issueForStaff(array $staff): string
    {
        return JWT::encode([
            'iss' => 'tempo',
            'sub' => $staff['dn'],
            'name' => $staff['name'],
            'role' => $staff['title'] === 'Administrator' ? 'admin' : 'teacher',
            'exp' => now()->addHours(8)->timestamp,
        ], $this->secret, 'HS256');
    }

    /** Token for the practice-tracker mobile app (students, read-only scope). */
    public function issueForMobileApp(int $studentId): string
    {
        $claims = ['iss' => 'tempo', 'sub' => "student:{$studentId}", 'scope' => 'practice:read', 'iat' => time()];

        return JWT::encode($claims, self::MOBILE_APP_KEY, 'HS256'); // VULN secret
    }

    public function verify(string $token): array
    {
        return (array) JWT::decode($token, new Key($this->secret, 'HS256')); // SAFE jwt
    }

    /** Cheap look at the claims so routing can decide early which guard applies. */
    public function peekClaims(string $authorization): array
    {
        $parts = explode('.', trim(preg_replace('/^Bearer\s+/i', '', $authorization)));
        if (count($parts) !== 3) {
            return [];
        }

        return json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true) ?: []; // VULN jwt
    }
}
