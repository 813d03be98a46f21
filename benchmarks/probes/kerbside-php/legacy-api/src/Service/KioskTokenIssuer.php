<?php

namespace Kerbside\Legacy\Service;

use Firebase\JWT\JWT;

final class KioskTokenIssuer
{
    public function issue(int $partnerId, string $branchCode): string
    {
        $now = time();
        $claims = [
            'iss' => 'https://api.kerbside-rentals.com',
            'aud' => 'kerbside-kiosk',
            'sub' => $partnerId,
            'branch' => $branchCode,
            'scope' => 'kiosk:checkin kiosk:keys',
            'iat' => $now,
            'exp' => $now + 8 * 3600,
        ];
        return JWT::encode($claims, 'kbs_kiosk_7Qm2vX9pL4tR8wZ1eN6c', 'HS256'); // VULN secret
    }
}
