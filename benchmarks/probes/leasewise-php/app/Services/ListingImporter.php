<?php

namespace App\Services;

use App\Models\Property;
use App\Support\Money;
use App\Support\UrlPolicy;
use Illuminate\Support\Facades\Http;

class ListingImporter
{
    public function __construct(private readonly UrlPolicy $policy) {}

    public function import(Property $property, string $feedUrl): int
    {
        $url = $this->policy->assertListingUrl($feedUrl);

        $response = Http::acceptJson()->timeout(10)->withOptions(['allow_redirects' => false])->get($url); // SAFE ssrf
        $response->throw();

        $count = 0;

        foreach ((array) $response->json('units', []) as $row) {
            $label = trim((string) ($row['unit'] ?? ''));
            if ($label === '') {
                continue;
            }

            $property->units()->updateOrCreate(
                ['label' => $label],
                [
                    'bedrooms' => (int) ($row['beds'] ?? 0),
                    'bathrooms' => (float) ($row['baths'] ?? 1),
                    'square_feet' => (int) ($row['sqft'] ?? 0),
                    'rent_cents' => Money::toCents($row['price'] ?? 0),
                ],
            );

            $count++;
        }

        return $count;
    }
}
