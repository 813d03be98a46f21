<?php

namespace App\Support;

/**
 * Short-lived links for report-card PDFs that are e-mailed to guardians.
 */
final class SignedLinks
{
    private const SIGNING_KEY = 'sb_live_7f3c9e21a84d4b6f9d02c5e1aa6b7c30';

    public static function sign(string $path, int $expires): string
    {
        return hash_hmac('sha256', $path . '|' . $expires, self::SIGNING_KEY); // VULN secret
    }

    public static function url(string $path, int $ttlSeconds = 900): string
    {
        $expires = time() + $ttlSeconds;

        return url($path) . '?' . http_build_query([
            'expires'   => $expires,
            'signature' => self::sign($path, $expires),
        ]);
    }

    public static function valid(string $path, int $expires, string $signature): bool
    {
        return $expires >= time() && hash_equals(self::sign($path, $expires), $signature);
    }
}
