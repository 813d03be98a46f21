<?php

namespace App\Repositories;

use MongoDB\Client;
use MongoDB\Collection;

class ReviewRepository
{
    private Collection $collection;

    public function __construct(Client $client)
    {
        $this->collection = $client->selectCollection('saucier', 'product_reviews');
    }

    public function forProduct(string $productSlug, int $minRating = 1): array
    {
        $cursor = $this->collection->find( // SAFE nosqli
            ['product' => $productSlug, 'rating' => ['$gte' => max(1, min(5, $minRating))], 'approved' => true],
            ['sort' => ['created_at' => -1], 'limit' => 50, 'projection' => ['author_email' => 0]]
        );

        return array_map(fn ($doc) => (array) $doc, $cursor->toArray());
    }
}
