<?php

namespace App\Util;

final class UrlGuard
{
    public function __construct(private readonly array $trustedHosts) {}

    public function safeReturnUrl(?string $candidate, string $fallback = '/'): string
    {
        if ($candidate === null || $candidate === '' || preg_match('/[\x00-\x1f\\\\]/', $candidate) === 1) {
            return $fallback;
        }
        $parts = parse_url($candidate);
        if ($parts === false) {
            return $fallback;
        }
        if (!isset($parts['scheme']) && !isset($parts['host'])) {
            return str_starts_with($candidate, '/') && !str_starts_with($candidate, '//') ? $candidate : $fallback;
        }
        $host = strtolower($parts['host'] ?? '');
        return ($parts['scheme'] ?? '') === 'https' && in_array($host, $this->trustedHosts, true) ? $candidate : $fallback;
    }
}
