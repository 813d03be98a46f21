<?php

namespace App\Support;

final class SafeRedirect
{
    /**
     * Resolve a post-login destination, keeping users on our own site.
     */
    public static function target(?string $candidate, string $fallback): string
    {
        if ($candidate === null || $candidate === '') {
            return $fallback;
        }

        if (str_starts_with($candidate, '/')) {
            return $candidate;
        }

        $host = parse_url($candidate, PHP_URL_HOST);

        return $host !== null && $host === request()->getHost() ? $candidate : $fallback;
    }
}
