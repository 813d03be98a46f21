<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Security;

/**
 * Exact-host allow-list for URLs the trust's systems are permitted to fetch.
 */
final class UrlPolicy
{
    /** @var list<string> */
    private array $hosts;

    /**
     * @param list<string> $hosts
     */
    public function __construct(array $hosts)
    {
        $this->hosts = array_values(array_map('strtolower', $hosts));
    }

    public function isAllowed(string $url): bool
    {
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['host'])) {
            return false;
        }
        if (strtolower($parts['scheme'] ?? '') !== 'https') {
            return false;
        }
        if (isset($parts['user']) || isset($parts['pass'])) {
            return false;
        }
        if (isset($parts['port']) && (int) $parts['port'] !== 443) {
            return false;
        }

        return in_array(strtolower($parts['host']), $this->hosts, true);
    }
}
