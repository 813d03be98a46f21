<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Http;

use GuzzleHttp\Client;

/**
 * Talks to the channel manager that syndicates our cottages to the big OTAs.
 */
final class ChannelManagerClient
{
    private Client $http;

    public function __construct(
        string $baseUri,
        private readonly string $apiKey,
        private readonly UrlPolicy $urlPolicy,
    ) {
        $this->http = new Client([
            'base_uri' => $baseUri,
            'timeout' => 15,
            'verify' => true, // SAFE tls
            'headers' => ['Accept' => 'application/xml'],
        ]);
    }

    /**
     * Feeds are paginated; each page links to the next with an absolute URL.
     */
    public function fetchFeedPage(string $pageUrl): string
    {
        $url = $this->urlPolicy->assertAllowed($pageUrl);

        return (string) $this->http->request('GET', $url, ['headers' => ['X-Api-Key' => $this->apiKey], 'allow_redirects' => false])->getBody(); // SAFE ssrf
    }

    public function pushAvailability(int $propertyId, string $xml): int
    {
        $response = $this->http->request('PUT', sprintf('properties/%d/availability', $propertyId), [
            'headers' => ['X-Api-Key' => $this->apiKey, 'Content-Type' => 'application/xml'],
            'body' => $xml,
        ]);

        return $response->getStatusCode();
    }
}
