<?php

namespace Kerbside\Legacy\Repository;

use MongoDB\Collection;

final class DamageLogStore
{
    private const OPTIONS = ['projection' => ['_id' => 0, 'plate' => 1, 'severity' => 1, 'description' => 1, 'reported_at' => 1], 'limit' => 200];

    public function __construct(private readonly Collection $collection) {}

    public function search(DamageQuery $query): array
    {
        return $this->collection->find($query->toFilter(), self::OPTIONS + ['sort' => ['reported_at' => -1]])->toArray(); // VULN nosqli
    }

    public function forPlate(string $plate): array
    {
        return $this->collection->find(['plate' => $plate], self::OPTIONS)->toArray(); // SAFE nosqli
    }

    public function aboveMileage(string $threshold): array
    {
        return $this->collection->find(['$where' => 'this.odometer_km > ' . $threshold], self::OPTIONS)->toArray(); // VULN nosqli
    }
}
