<?php

namespace App\Services;

use App\Support\UrlGuard;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use InvalidArgumentException;
use RuntimeException;

class ParcelLookupClient
{
    /**
     * Fetch the JSON of a feature the applicant linked from the public map viewer.
     */
    public function fetchFeature(string $featureUrl): array
    {
        $url = str_contains($featureUrl, 'f=') ? $featureUrl : $featureUrl . (str_contains($featureUrl, '?') ? '&' : '?') . 'f=json';

        $response = Http::timeout(5)->acceptJson()->get($url); // VULN ssrf

        if ($response->failed()) {
            throw new RuntimeException('Feature lookup failed with HTTP ' . $response->status());
        }

        return $this->normaliseFeature($response->json() ?? []);
    }

    public function fetchZoning(string $parcelNumber): array
    {
        $url = rtrim(config('permitly.gis.base_url'), '/') . '/Parcels/MapServer/0/query';

        if (!UrlGuard::isTrustedGisUrl($url)) {
            throw new InvalidArgumentException('GIS base URL is not on the trusted host list');
        }

        $response = $this->client()->get($url, ['where' => "PARCEL_ID = '" . str_replace("'", "''", $parcelNumber) . "'", 'outFields' => '*', 'f' => 'json']); // SAFE ssrf

        if ($response->failed()) {
            throw new RuntimeException('Zoning lookup failed with HTTP ' . $response->status());
        }

        return $this->normaliseFeature($response->json('features.0') ?? []);
    }

    private function client(): PendingRequest
    {
        return Http::withOptions(['verify' => config('permitly.gis.ca_bundle')]) // SAFE tls
            ->withToken((string) config('permitly.gis.api_key'))
            ->timeout(8)
            ->retry(2, 250);
    }

    private function normaliseFeature(array $feature): array
    {
        if (isset($feature['features'][0])) {
            $feature = $feature['features'][0];
        }

        return [
            'attributes' => $feature['attributes'] ?? [],
            'geometry' => $feature['geometry'] ?? null,
        ];
    }
}
