<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Http;

use InvalidArgumentException;

final class UrlPolicy
{
    /**
     * @param list<string> $allowedHosts
     */
    public function __construct(private readonly array $allowedHosts)
    {
    }

    public function assertAllowed(string $url): string
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
            throw new InvalidArgumentException('URL not permitted');
        }

        $host = strtolower($parts['host'] ?? '');
        if (!in_array($host, $this->allowedHosts, true)) {
            throw new InvalidArgumentException('Host not permitted: ' . $host);
        }

        return $url;
    }
}
