<?php

namespace App\Support;

final class UrlPolicy
{
    public static function safeReturnUrl(?string $candidate, string $fallback): string
    {
        if ($candidate === null || $candidate === '') {
            return $fallback;
        }

        $parts = parse_url($candidate);
        if ($parts === false || !isset($parts['scheme'], $parts['host'])) {
            return $fallback;
        }
        if ($parts['scheme'] !== 'https') {
            return $fallback;
        }
        if (!in_array(strtolower($parts['host']), config('services.redirects.allowed_hosts'), true)) {
            return $fallback;
        }

        return $candidate;
    }

    public static function isAllowedImageHost(string $url): bool
    {
        $host = parse_url($url, PHP_URL_HOST);
        $scheme = parse_url($url, PHP_URL_SCHEME);

        return $scheme === 'https'
            && is_string($host)
            && in_array(strtolower($host), config('services.cdn.allowed_hosts'), true);
    }
}
