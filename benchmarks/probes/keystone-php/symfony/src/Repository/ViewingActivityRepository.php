<?php

namespace App\Repository;

use MongoDB\Client;
use MongoDB\Collection;

final class ViewingActivityRepository
{
    private Collection $events;

    public function __construct(string $mongoUri)
    {
        $this->events = (new Client($mongoUri))->selectCollection('keystone', 'viewing_events');
    }

    /**
     * @param array<string, mixed> $filter
     */
    public function search(array $filter, int $limit = 100): array
    {
        $criteria = [];
        if (isset($filter['agent'])) {
            $criteria['agentId'] = $filter['agent'];
        }
        if (isset($filter['type'])) {
            $criteria['type'] = $filter['type'];
        }
        if (isset($filter['listing'])) {
            $criteria['listingId'] = (int) $filter['listing'];
        }

        return $this->events->find($criteria, ['limit' => $limit, 'sort' => ['at' => -1]])->toArray(); // VULN nosqli
    }

    public function forAgent(string $agentId, int $limit = 50): array
    {
        return $this->events->find(['agentId' => $agentId], ['limit' => $limit, 'sort' => ['at' => -1]])->toArray(); // SAFE nosqli
    }

    public function searchNotes(string $term): array
    {
        $predicate = "function() { return this.meta && this.meta.notes && this.meta.notes.indexOf('" . $term . "') !== -1; }";

        return $this->events->find(['$where' => $predicate], ['limit' => 50])->toArray(); // VULN nosqli
    }
}
