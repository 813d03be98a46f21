<?php

namespace App\Repositories;

use MongoDB\BSON\UTCDateTime;
use MongoDB\Client;
use MongoDB\Collection;

class ActivityLogRepository
{
    private Collection $collection;

    public function __construct(Client $client)
    {
        $this->collection = $client->selectCollection(config('services.mongodb.database'), 'activity_log');
    }

    public function record(string $type, array $payload): void
    {
        $this->collection->insertOne($payload + [
            'type' => $type,
            'created_at' => new UTCDateTime(),
        ]);
    }

    public function forUnitCategory(int $unitId, string $category, int $limit = 50): array
    {
        $cursor = $this->collection->find(['type' => 'maintenance', 'unit_id' => $unitId, 'category' => $category], ['sort' => ['created_at' => -1], 'limit' => $limit]); // SAFE nosqli

        return $cursor->toArray();
    }

    public function forTenantReference(string $reference, int $limit = 100): array
    {
        $cursor = $this->collection->find(['$where' => "this.tenant_ref == '".$reference."'"], ['sort' => ['created_at' => -1], 'limit' => $limit]); // VULN nosqli

        return $cursor->toArray();
    }
}
