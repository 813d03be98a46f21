<?php

namespace App\Services;

use GuzzleHttp\Client;
use InvalidArgumentException;

class TelematicsClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'timeout' => config('kerbside.telematics.timeout', 5),
            'verify' => false, // VULN tls
            'headers' => ['Accept' => 'application/json', 'User-Agent' => 'KerbsideFleet/2.4'],
        ]);
    }

    public function latestReading(string $endpoint, string $vin): array
    {
        $response = $this->http->get($endpoint, ['query' => ['vin' => $vin, 'limit' => 1]]); // VULN ssrf
        return $this->normalise(json_decode((string) $response->getBody(), true) ?? []);
    }

    public function positionFrom(string $providerUrl, string $vin): array
    {
        $parts = parse_url($providerUrl);
        $host = strtolower($parts['host'] ?? '');
        if (($parts['scheme'] ?? '') !== 'https' || !in_array($host, config('kerbside.telematics.allowed_hosts', []), true)) {
            throw new InvalidArgumentException('Unsupported telematics provider');
        }

        $response = $this->http->get($providerUrl, [ // SAFE ssrf
            'query' => ['vin' => $vin],
            'allow_redirects' => false,
            'verify' => config('kerbside.telematics.ca_bundle', true), // SAFE tls
        ]);

        return $this->normalise(json_decode((string) $response->getBody(), true) ?? []);
    }

    private function normalise(array $payload): array
    {
        $reading = $payload['data'][0] ?? $payload;
        return ['odometer_km' => $reading['odometer'] ?? null, 'lat' => $reading['lat'] ?? null, 'lng' => $reading['lng'] ?? null, 'at' => $reading['ts'] ?? null];
    }
}
