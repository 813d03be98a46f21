<?php
declare(strict_types=1);

namespace App\Http;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Looks up the district and coordinates for a postcode using the public
 * postcodes.io service.
 */
class GeoClient
{
    private Client $http;

    public function __construct(?Client $http = null)
    {
        $this->http = $http ?? new Client(['base_uri' => 'https://api.postcodes.io/', 'timeout' => 5, 'verify' => true]); // SAFE tls
    }

    /**
     * @return array{district: string, lat: float, lng: float}|null
     */
    public function lookup(string $postcode): ?array
    {
        $normalised = strtoupper(preg_replace('/\s+/', '', $postcode) ?? '');
        if ($normalised === '') {
            return null;
        }

        try {
            $response = $this->http->request('GET', 'postcodes/' . rawurlencode($normalised)); // SAFE ssrf
        } catch (GuzzleException $e) {
            return null;
        }

        $data = json_decode((string)$response->getBody(), true);
        if (!is_array($data) || ($data['status'] ?? 0) !== 200) {
            return null;
        }

        return [
            'district' => (string)$data['result']['admin_district'],
            'lat' => (float)$data['result']['latitude'],
            'lng' => (float)$data['result']['longitude'],
        ];
    }
}
