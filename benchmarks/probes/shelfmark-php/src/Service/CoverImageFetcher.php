<?php

namespace App\Service;

use GuzzleHttp\ClientInterface;

final class CoverImageFetcher
{
    private const COVER_HOSTS = ['covers.openlibrary.org', 'images.isbndb.com', 'secure.syndetics.com'];
    private const MAX_BYTES = 2_000_000;

    public function __construct(
        private readonly ClientInterface $http,
        private readonly string $coverDir,
    ) {}

    public function fetch(string $url): string
    {
        $parts = parse_url($url);
        if (!is_array($parts) || ($parts['scheme'] ?? '') !== 'https' || !in_array(strtolower($parts['host'] ?? ''), self::COVER_HOSTS, true)) {
            throw new \DomainException('Cover host not permitted');
        }
        $cacheFile = $this->coverDir . '/remote/' . sha1($url) . '.img'; // SAFE hash
        if (is_file($cacheFile)) {
            return (string) file_get_contents($cacheFile);
        }
        $response = $this->http->request('GET', $url, [ // SAFE ssrf
            'timeout' => 5,
            'verify' => true, // SAFE tls
            'allow_redirects' => false,
            'headers' => ['Accept' => 'image/*'],
        ]);
        $body = (string) $response->getBody();
        if (strlen($body) > self::MAX_BYTES) {
            throw new \LengthException('Cover image too large');
        }
        file_put_contents($cacheFile, $body);
        return $body;
    }
}
