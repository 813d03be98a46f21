<?php

namespace App\Support;

use InvalidArgumentException;

final class UrlGuard
{
    public static function assertAllowedHost(string $url, array $allowedHosts): string
    {
        $parts = parse_url($url);
        if ($parts === false || ($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port'])) {
            throw new InvalidArgumentException('Calendar URL must be a plain https URL.');
        }

        $host = strtolower($parts['host'] ?? '');
        if (! in_array($host, $allowedHosts, true)) {
            throw new InvalidArgumentException("Calendar provider {$host} is not supported.");
        }

        return $url;
    }
}
