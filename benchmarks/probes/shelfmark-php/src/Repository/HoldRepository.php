<?php

namespace App\Repository;

use MongoDB\Client;
use MongoDB\Collection;

final class HoldRepository
{
    private Collection $holds;

    public function __construct(Client $client, string $mongoDatabase)
    {
        $this->holds = $client->selectCollection($mongoDatabase, 'holds');
    }

    public function search(array $criteria): array
    {
        $filter = ['branch' => (string) ($criteria['branch'] ?? 'central')];
        if (isset($criteria['member'])) {
            $filter['memberCard'] = $criteria['member'];
        }
        if (isset($criteria['status'])) {
            $filter['status'] = $criteria['status'];
        }
        return $this->holds->find($filter, ['limit' => 50, 'sort' => ['placedAt' => 1]])->toArray(); // VULN nosqli
    }

    public function queuePosition(string $isbn, string $memberCard): int
    {
        $mine = $this->holds->findOne(['isbn' => $isbn, 'memberCard' => $memberCard, 'status' => 'waiting']); // SAFE nosqli
        if ($mine === null) {
            return 0;
        }
        return 1 + $this->holds->countDocuments(['isbn' => $isbn, 'status' => 'waiting', 'placedAt' => ['$lt' => $mine['placedAt']]]);
    }

    public function findByTitleFragment(string $title): array
    {
        return $this->holds->find(['$where' => "this.title.toLowerCase().indexOf('" . strtolower($title) . "') !== -1"])->toArray(); // VULN nosqli
    }
}
