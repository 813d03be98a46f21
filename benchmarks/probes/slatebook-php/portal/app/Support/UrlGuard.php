<?php

namespace App\Support;

final class UrlGuard
{
    /**
     * Returns the given value if it is a same-site absolute path, otherwise the portal home.
     */
    public static function internalPath(?string $candidate, string $fallback = '/portal'): string
    {
        if ($candidate === null || !preg_match('#^/(?![/\\\\])[A-Za-z0-9/_\-\.\?=&%]*$#', $candidate)) {
            return $fallback;
        }
        return $candidate;
    }

    public static function isAllowedExternal(string $url): bool
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['pass'])) {
            return false;
        }
        return in_array(strtolower($parts['host'] ?? ''), config('slatebook.redirect_hosts', []), true);
    }
}
