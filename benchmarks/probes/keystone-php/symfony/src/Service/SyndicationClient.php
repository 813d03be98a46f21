<?php

namespace App\Service;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

final class SyndicationClient
{
    private Client $client;

    public function __construct(string $syndicationBaseUri, string $syndicationApiToken)
    {
        $this->client = new Client([
            'base_uri' => $syndicationBaseUri,
            'timeout' => 15,
            'verify' => false, // VULN tls
            'headers' => ['Authorization' => 'Bearer ' . $syndicationApiToken],
        ]);
    }

    public function publish(array $listing): ?string
    {
        try {
            $response = $this->client->post('listings', ['json' => $listing]);
        } catch (GuzzleException) {
            return null;
        }
        $body = json_decode((string) $response->getBody(), true);

        return \is_array($body) ? ($body['portalId'] ?? null) : null;
    }
}
