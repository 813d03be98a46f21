<?php

namespace App\Services;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class SupplierClient
{
    public function stockLevel(string $sku): ?int
    {
        $response = $this->client()->get('/v2/stock/' . rawurlencode($sku));

        if ($response->failed()) {
            Log::warning('Supplier stock lookup failed', ['sku' => $sku, 'status' => $response->status()]);
            return null;
        }

        return (int) $response->json('available');
    }

    public function catalogue(): array
    {
        $response = Http::baseUrl(config('services.supplier.base_url'))
            ->withToken(config('services.supplier.token'))
            ->withOptions(['verify' => false]) // VULN tls
            ->timeout(30)
            ->get('/v2/catalogue');

        return $response->json('items', []);
    }

    private function client(): PendingRequest
    {
        return Http::baseUrl(config('services.supplier.base_url'))
            ->withToken(config('services.supplier.token'))
            ->withOptions(['verify' => config('services.supplier.ca_bundle')]) // SAFE tls
            ->timeout(config('services.supplier.timeout'))
            ->acceptJson();
    }
}
