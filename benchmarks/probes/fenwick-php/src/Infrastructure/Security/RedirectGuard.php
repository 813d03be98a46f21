<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

final class RedirectGuard
{
    private const LOCAL_PATH = '#^/(?![/\\\\])[A-Za-z0-9/_\-]*(\?[A-Za-z0-9=&_\-]*)?$#D';

    public function __construct(private readonly string $primaryDomain = 'fenwick-cottages.co.uk')
    {
    }

    /**
     * Used after guest login: keep the visitor on our own site.
     */
    public function isLocal(string $target): bool
    {
        return $target !== '' && str_starts_with($target, '/');
    }

    public function safeLocalPath(?string $target, string $fallback = '/'): string
    {
        if ($target === null || preg_match(self::LOCAL_PATH, $target) !== 1) {
            return $fallback;
        }

        return $target;
    }

    /**
     * Payment provider hands guests back to one of our properties' sites.
     */
    public function isTrustedHost(string $url): bool
    {
        $host = parse_url($url, PHP_URL_HOST);
        if (!is_string($host)) {
            return false;
        }

        return str_contains(strtolower($host), $this->primaryDomain);
    }
}
