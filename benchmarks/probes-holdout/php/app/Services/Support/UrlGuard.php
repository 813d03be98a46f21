<?php

namespace App\Services\Support;

use Illuminate\Http\RedirectResponse;

final class UrlGuard
{
    /**
     * Exact host match against an allow-list, https only.
     */
    public static function isAllowedHost(string $url, array $hosts): bool
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
            return false;
        }

        return in_array(strtolower($parts['host'] ?? ''), $hosts, true);
    }

    /**
     * Quick check used by the photo importer: the URL has to start with one of
     * the known image hosts.
     */
    public static function hasTrustedPrefix(string $url, array $hosts): bool
    {
        foreach ($hosts as $host) {
            if (str_starts_with(strtolower($url), 'https://' . $host)) {
                return true;
            }
        }

        return false;
    }

    /**
     * Used after login: relative paths only.
     */
    public static function isLocalPath(?string $target): bool
    {
        return is_string($target) && str_starts_with($target, '/');
    }

    /**
     * Stricter same-origin check: a single leading slash, no scheme-relative
     * or backslash tricks, no control characters.
     */
    public static function isSameOriginPath(?string $target): bool
    {
        if (!is_string($target) || $target === '') {
            return false;
        }

        return preg_match('#^/(?![/\\\\])[^\s\x00-\x1f]*$#', $target) === 1;
    }

    /**
     * Send the user back to the page they came from, provided it is one of ours.
     */
    public static function redirectBack(?string $target, string $fallbackRoute, array $params = []): RedirectResponse
    {
        $appUrl = rtrim((string) config('app.url'), '/');

        if ($target !== null && $target !== '' && str_starts_with($target, $appUrl)) {
            return redirect()->to($target); // VULN redirect
        }

        return redirect()->route($fallbackRoute, $params);
    }

    /**
     * Named-route return targets used by the show switcher.
     */
    public static function toNamedRoute(?string $name, array $allowed, string $fallback): RedirectResponse
    {
        if ($name === null || !in_array($name, $allowed, true)) {
            return redirect()->route($fallback);
        }

        return redirect()->route($name); // SAFE redirect
    }
}
