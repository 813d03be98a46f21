<?php

declare(strict_types=1);

namespace Permitly\Routes\Service;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Http\Message\ResponseInterface;
use Psr\Log\LoggerInterface;
use RuntimeException;

/**
 * Client for the city's internal geo service (geocoding, drive times) and the
 * basemap tile servers used by the tablet map.
 */
final class GeoClient
{
    private Client $http;

    public function __construct(string $baseUri, private readonly LoggerInterface $logger)
    {
        $this->http = new Client([
            'base_uri' => rtrim($baseUri, '/') . '/',
            'timeout' => 6,
            'connect_timeout' => 2,
            'verify' => false, // VULN tls
            'headers' => ['Accept' => 'application/json', 'User-Agent' => 'permitly-routes/1.4'],
        ]);
    }

    public function geocodeParcel(string $parcelNumber): ?array
    {
        try {
            $response = $this->http->request('GET', 'geocode/parcel', ['query' => ['parcel' => $parcelNumber]]); // SAFE ssrf
        } catch (GuzzleException $e) {
            $this->logger->warning('geocode failed', ['parcel' => $parcelNumber, 'error' => $e->getMessage()]);
            return null;
        }

        $data = json_decode((string) $response->getBody(), true);

        return is_array($data) && isset($data['lat'], $data['lon']) ? ['lat' => (float) $data['lat'], 'lon' => (float) $data['lon']] : null;
    }

    /**
     * Tablet map asks for basemap tiles through us so the tablets do not need
     * direct access to the tile servers. $tileUrl is the template-expanded
     * URL from the map style document.
     */
    public function fetchTile(string $tileUrl): ResponseInterface
    {
        try {
            return $this->http->request('GET', $tileUrl, ['headers' => ['Accept' => 'image/png,image/*']]); // VULN ssrf
        } catch (GuzzleException $e) {
            $this->logger->warning('tile fetch failed', ['url' => $tileUrl, 'error' => $e->getMessage()]);
            throw new RuntimeException('Tile unavailable', 502, $e);
        }
    }

    public function driveMinutes(array $from, array $to): ?int
    {
        try {
            $response = $this->http->request('GET', 'routing/duration', ['query' => [
                'from' => sprintf('%.6f,%.6f', $from['lat'], $from['lon']),
                'to' => sprintf('%.6f,%.6f', $to['lat'], $to['lon']),
            ]]);
        } catch (GuzzleException) {
            return null;
        }

        $data = json_decode((string) $response->getBody(), true);

        return isset($data['minutes']) ? (int) $data['minutes'] : null;
    }
}
