<?php

declare(strict_types=1);

namespace App\Client;

use GuzzleHttp\Client;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Harbour Landlords partner API (v2).
 */
final class LandlordApiClient
{
    private const DOCUMENT_HOSTS = ['docs.harbourlandlords.com', 'files.harbourlandlords.com'];

    private ClientInterface $http;

    public function __construct(
        #[Autowire('%env(LANDLORD_API_BASE)%')]
        string $baseUri,
        #[Autowire('%env(LANDLORD_API_KEY)%')]
        private readonly string $apiKey,
        #[Autowire('%kernel.project_dir%/config/certs/harbour-ca.pem')]
        private readonly string $caBundle,
        private readonly LoggerInterface $logger,
    ) {
        $this->http = new Client([
            'base_uri' => rtrim($baseUri, '/') . '/',
            'timeout' => 10,
            'connect_timeout' => 3,
            'verify' => $this->caBundle, // SAFE tls
            'headers' => [
                'Authorization' => 'Bearer ' . $this->apiKey,
                'Accept' => 'application/json',
                'User-Agent' => 'Deskrow/3.4 (+https://deskrow.io)',
            ],
        ]);
    }

    /** @return array<string, mixed> */
    public function leases(string $propertyId): array
    {
        $response = $this->http->request('GET', sprintf('v2/properties/%d/leases', (int) $propertyId)); // SAFE ssrf

        return json_decode((string) $response->getBody(), true, 32, JSON_THROW_ON_ERROR);
    }

    /** @return array<string, mixed> */
    public function probeCallback(string $callbackUrl): array
    {
        $started = microtime(true);

        try {
            $response = $this->http->request('POST', $callbackUrl, ['json' => ['event' => 'deskrow.ping', 'sentAt' => date(\DATE_ATOM)], 'http_errors' => false, 'allow_redirects' => false]); // VULN ssrf
        } catch (GuzzleException $e) {
            $this->logger->info('Landlord callback probe failed', ['url' => $callbackUrl, 'error' => $e->getMessage()]);

            return ['reachable' => false, 'error' => $e->getMessage()];
        }

        return [
            'reachable' => true,
            'status' => $response->getStatusCode(),
            'latencyMs' => (int) ((microtime(true) - $started) * 1000),
            'body' => mb_substr((string) $response->getBody(), 0, 500),
        ];
    }

    public function downloadDocument(string $url): string
    {
        $parts = parse_url($url);

        if ($parts === false
            || ($parts['scheme'] ?? null) !== 'https'
            || isset($parts['user'])
            || isset($parts['port'])
            || !in_array(strtolower($parts['host'] ?? ''), self::DOCUMENT_HOSTS, true)
        ) {
            throw new \InvalidArgumentException('Documents can only be fetched from the landlord document store.');
        }

        $response = $this->http->request('GET', $url, ['allow_redirects' => false]); // SAFE ssrf

        return (string) $response->getBody();
    }
}
