<?php

namespace App\Repositories;

use MongoDB\Client;
use MongoDB\Collection;

// Teacher <-> guardian messages live in MongoDB (migrated from the old Rails app).
final class MessageRepository
{
    private Collection $messages;

    public function __construct(?Client $client = null)
    {
        $client ??= new Client(config('slatebook.mongo_uri'));
        $this->messages = $client->selectCollection('slatebook', 'messages');
    }

    public function folder(int $parentId, string $folder, int $limit = 50): array
    {
        return $this->messages->find( // SAFE nosqli
            ['parent_id' => $parentId, 'folder' => $folder],
            ['sort' => ['sent_at' => -1], 'limit' => $limit, 'projection' => ['body' => 0]]
        )->toArray();
    }

    public function searchSubjects(int $parentId, string $term): array
    {
        $filter = [
            '$where' => "this.parent_id == " . $parentId . " && this.subject.toLowerCase().indexOf('" . strtolower($term) . "') >= 0",
        ];

        return $this->messages->find($filter, ['sort' => ['sent_at' => -1], 'limit' => 25])->toArray(); // VULN nosqli
    }
}
