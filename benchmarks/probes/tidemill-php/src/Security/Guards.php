<?php

declare(strict_types=1);

namespace Tidemill\Security;

use RuntimeException;

final class PathGuard
{
    /**
     * Resolve $relative inside $baseDir and make sure the result does not
     * escape it. Returns the canonical absolute path of an existing file.
     */
    public static function resolveWithin(string $baseDir, string $relative): string
    {
        $base = realpath($baseDir);
        if ($base === false) {
            throw new RuntimeException('Storage directory missing');
        }
        $candidate = realpath($base . DIRECTORY_SEPARATOR . ltrim($relative, '/\\'));
        if ($candidate === false || !str_starts_with($candidate, $base . DIRECTORY_SEPARATOR) || !is_file($candidate)) {
            throw new RuntimeException('File not found');
        }

        return $candidate;
    }

    /**
     * Reject obviously bad names coming from a URL.
     */
    public static function looksSafe(string $name): bool
    {
        return $name !== '' && !str_contains($name, '..') && !str_starts_with($name, '/');
    }

    /**
     * Resolve an archive entry name into $targetDir without following it
     * outside. Returns null when the entry would escape.
     */
    public static function archiveTarget(string $targetDir, string $entryName): ?string
    {
        $entryName = str_replace('\\', '/', $entryName);
        if ($entryName === '' || str_starts_with($entryName, '/') || preg_match('#(^|/)\.\.(/|$)#', $entryName) === 1) {
            return null;
        }

        return rtrim($targetDir, '/') . '/' . $entryName;
    }
}

/**
 * Central place for deciding which URLs the portal will redirect to or
 * call out to.
 */
final class UrlPolicy
{
    public function __construct(
        private readonly string $clubApiBase,
        private readonly array $resultsHosts,
        private readonly array $webhookHosts,
    ) {
    }

    /**
     * Post-login "return to" targets must stay on the portal.
     */
    public static function isLocalPath(string $target): bool
    {
        return $target !== '' && $target[0] === '/';
    }

    /**
     * Stricter variant used for logout and e-mail links.
     */
    public static function safeLocalPath(?string $target, string $fallback = '/'): string
    {
        if ($target === null || $target === '' || $target[0] !== '/' || str_starts_with($target, '//') || str_contains($target, '\\')) {
            return $fallback;
        }
        $parts = parse_url($target);
        if ($parts === false || isset($parts['scheme']) || isset($parts['host'])) {
            return $fallback;
        }

        return $target;
    }

    /**
     * Absolute links back into one of the club's sites (portal, member app,
     * results), e.g. the "continue" link the card payment page returns with.
     */
    public static function isClubUrl(string $url): bool
    {
        return preg_match('#^https://([a-z0-9-]+\.)?tidemill-sc\.org\.uk#i', $url) === 1;
    }

    /**
     * Weather stations registered on the club API.
     */
    public function isClubApi(string $url): bool
    {
        return str_starts_with($url, $this->clubApiBase);
    }

    public function isAllowedResultsHost(string $url): bool
    {
        return $this->hostIn($url, $this->resultsHosts);
    }

    public function isAllowedWebhook(string $url): bool
    {
        return $this->hostIn($url, $this->webhookHosts);
    }

    private function hostIn(string $url, array $hosts): bool
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
            return false;
        }

        return in_array(strtolower($parts['host'] ?? ''), $hosts, true);
    }
}
