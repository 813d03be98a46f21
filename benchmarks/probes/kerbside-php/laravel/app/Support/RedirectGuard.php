<?php

namespace App\Support;

final class RedirectGuard
{
    /**
     * Returns $url when it points at one of our own hosts, otherwise $fallback.
     */
    public static function target(mixed $url, string $fallback): string
    {
        if (!is_string($url) || $url === '' || preg_match('/[\\\\\s]/', $url)) {
            return $fallback;
        }

        $parts = parse_url($url);
        if ($parts === false || isset($parts['user']) || isset($parts['pass'])) {
            return $fallback;
        }

        if (($parts['scheme'] ?? null) !== 'https') {
            return $fallback;
        }

        $host = strtolower($parts['host'] ?? '');
        return in_array($host, config('kerbside.redirect_hosts', []), true) ? $url : $fallback;
    }
}
