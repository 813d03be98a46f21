<?php

namespace App\Util;

final class UrlGuard
{
    /**
     * True for same-site relative paths such as "/campaigns/clean-water?ref=mail".
     */
    public static function isLocalPath(?string $url): bool
    {
        if ($url === null || $url === '' || $url[0] !== '/') {
            return false;
        }

        if (str_starts_with($url, '//') || str_starts_with($url, '/\\')) {
            return false;
        }

        return preg_match('/[\x00-\x1F\x7F\\\\]/', $url) === 0;
    }

    public static function isHttpUrl(?string $url): bool
    {
        if ($url === null || filter_var($url, FILTER_VALIDATE_URL) === false) {
            return false;
        }

        return in_array(strtolower((string) parse_url($url, PHP_URL_SCHEME)), ['http', 'https'], true);
    }
}
