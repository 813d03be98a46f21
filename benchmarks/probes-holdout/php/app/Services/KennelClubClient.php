<?php

namespace App\Services;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Http\Client\RequestException;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Client for the national Kennel Club registration API (v2), plus the old
 * breed-society registry that still holds registrations made before 2009.
 */
class KennelClubClient
{
    private const LEGACY_ENDPOINT = 'https://registry-legacy.kennelclub.example.org/api/lookup';

    private const LEGACY_API_KEY = 'kc-legacy-7f3a9c21e4b84d0f9a61c5e2b7d03f88';

    private function client(): PendingRequest
    {
        return Http::baseUrl(config('showring.kennel_club.base_url'))
            ->withToken(config('showring.kennel_club.api_key')) // SAFE secret
            ->withOptions(['verify' => config('showring.kennel_club.ca_bundle')]) // SAFE tls
            ->acceptJson()
            ->timeout(8)
            ->retry(2, 250);
    }

    /**
     * @throws RequestException
     */
    public function registration(string $regNumber): array
    {
        return $this->client()->get('/dogs/' . rawurlencode($regNumber))->throw()->json(); // SAFE ssrf
    }

    public function kennelAffix(string $affix): ?array
    {
        $response = $this->client()->get('/affixes', ['name' => $affix]);

        return $response->successful() ? ($response->json('data.0') ?? null) : null;
    }

    public function pedigreeXml(string $regNumber): string
    {
        return $this->client()->accept('application/xml')->get('/dogs/' . rawurlencode($regNumber) . '/pedigree')->throw()->body();
    }

    /**
     * The legacy registry sits behind an appliance with a self-issued certificate.
     */
    public function legacyLookup(string $clubNumber): ?array
    {
        $response = Http::withHeaders(['X-Api-Key' => self::LEGACY_API_KEY]) // VULN secret
            ->withOptions(['verify' => false]) // VULN tls
            ->timeout(15)
            ->get(self::LEGACY_ENDPOINT, ['club' => $clubNumber]);

        if (!$response->successful()) {
            Log::info('Legacy registry lookup failed', ['club' => $clubNumber, 'status' => $response->status()]);

            return null;
        }

        return $response->json('kennel');
    }
}
