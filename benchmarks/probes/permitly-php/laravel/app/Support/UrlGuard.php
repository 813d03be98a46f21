<?php

namespace App\Support;

final class UrlGuard
{
    /**
     * Exact host match against the configured GIS hosts. Only https, no
     * credentials in the authority and no non-default port.
     */
    public static function isTrustedGisUrl(string $url): bool
    {
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['scheme'], $parts['host'])) {
            return false;
        }

        if (strtolower($parts['scheme']) !== 'https' || isset($parts['user']) || isset($parts['pass']) || isset($parts['port'])) {
            return false;
        }

        $trusted = array_map('strtolower', config('permitly.gis.trusted_hosts', []));

        return in_array(strtolower($parts['host']), $trusted, true);
    }

    /**
     * Contractor webhooks must be registered through the city's relay.
     */
    public static function isPermitlyHook(string $url): bool
    {
        $prefix = rtrim((string) config('permitly.webhooks.hook_prefix'), '/');

        return str_starts_with(strtolower($url), strtolower($prefix));
    }

    public static function isPortalUrl(string $url): bool
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || !isset($parts['host'])) {
            return false;
        }

        return in_array(strtolower($parts['host']), config('permitly.sso.portal_hosts', []), true);
    }
}
