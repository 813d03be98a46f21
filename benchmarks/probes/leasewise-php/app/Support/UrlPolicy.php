<?php

namespace App\Support;

use InvalidArgumentException;

final class UrlPolicy
{
    /**
     * Listing feeds may only be pulled from the syndication partners we have contracts with.
     */
    public function assertListingUrl(string $url): string
    {
        $parts = parse_url($url);

        if ($parts === false
            || strtolower($parts['scheme'] ?? '') !== 'https'
            || isset($parts['user'])
            || isset($parts['pass'])
            || isset($parts['port'])) {
            throw new InvalidArgumentException('Listing feeds must be plain HTTPS URLs.');
        }

        $host = strtolower($parts['host'] ?? '');

        if (! in_array($host, config('leasewise.listings.allowed_hosts', []), true)) {
            throw new InvalidArgumentException("Listing host {$host} is not a supported syndication partner.");
        }

        return $url;
    }
}
