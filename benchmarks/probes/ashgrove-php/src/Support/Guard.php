<?php

declare(strict_types=1);

namespace Ashgrove\Support;

use RuntimeException;

/**
 * Helpers for deciding whether a URL or path supplied by a visitor may be
 * used as a redirect target, a link, an outbound fetch or a file location.
 */
final class Guard
{
    /**
     * Quick check used by the login form to keep "return to" links on site.
     */
    public static function isLocal(string $url): bool
    {
        return $url !== '' && str_starts_with($url, '/');
    }

    /**
     * Returns a same-origin path or the fallback. Protocol-relative and
     * backslash tricks are rejected before parsing.
     */
    public static function localPathOr(string $url, string $fallback): string
    {
        if ($url === '' || $url[0] !== '/' || str_starts_with($url, '//') || str_contains($url, '\\')) {
            return $fallback;
        }

        $parts = parse_url($url);
        if ($parts === false || isset($parts['scheme']) || isset($parts['host'])) {
            return $fallback;
        }

        $path = $parts['path'] ?? '/';

        return $path . (isset($parts['query']) ? '?' . $parts['query'] : '');
    }

    /**
     * Only http(s) URLs may be shown as clickable links.
     */
    public static function httpLinkOrNull(?string $url): ?string
    {
        if ($url === null || $url === '') {
            return null;
        }

        $scheme = strtolower((string) parse_url($url, PHP_URL_SCHEME));

        return in_array($scheme, ['http', 'https'], true) ? $url : null;
    }

    /**
     * Exact host match against a list, https only.
     *
     * @param list<string> $hosts
     */
    public static function isTrustedHttps(string $url, array $hosts): bool
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
            return false;
        }

        return in_array(strtolower($parts['host'] ?? ''), $hosts, true);
    }

    /**
     * Resolve $relative under $root and refuse anything that escapes it.
     */
    public static function resolveWithin(string $root, string $relative): string
    {
        $base = realpath($root);
        if ($base === false) {
            throw new RuntimeException('Storage root is missing.');
        }

        $candidate = realpath($base . DIRECTORY_SEPARATOR . $relative);
        if ($candidate === false || !str_starts_with($candidate, $base . DIRECTORY_SEPARATOR)) {
            throw new RuntimeException('File not found.');
        }

        return $candidate;
    }

    /**
     * Normalise a path taken from an archive entry. Returns null for anything
     * absolute or containing parent-directory segments.
     */
    public static function archiveEntry(string $name): ?string
    {
        $name = str_replace('\\', '/', $name);
        if ($name === '' || $name[0] === '/' || preg_match('#^[A-Za-z]:#', $name)) {
            return null;
        }

        $clean = [];
        foreach (explode('/', $name) as $segment) {
            if ($segment === '' || $segment === '.') {
                continue;
            }
            if ($segment === '..') {
                return null;
            }
            $clean[] = $segment;
        }

        return $clean === [] ? null : implode('/', $clean);
    }
}
