<?php

namespace App\Repository;

use MongoDB\BSON\UTCDateTime;
use MongoDB\Client;
use MongoDB\Collection;

/**
 * Supporter engagement events (page views, email opens, shares) live in MongoDB.
 */
class EngagementRepository
{
    private Collection $events;
    private Collection $summaries;
    private Collection $preferences;

    public function __construct(Client $mongo, string $mongoDatabase)
    {
        $this->events = $mongo->selectCollection($mongoDatabase, 'engagement_events');
        $this->summaries = $mongo->selectCollection($mongoDatabase, 'donor_summaries');
        $this->preferences = $mongo->selectCollection($mongoDatabase, 'email_preferences');
    }

    public function record(string $type, array $attributes): void
    {
        $this->events->insertOne($attributes + [
            'type' => $type,
            'occurredAt' => new UTCDateTime(),
        ]);
    }

    public function findEvents(array $criteria, int $limit = 100): array
    {
        $cursor = $this->events->find($criteria, ['limit' => $limit, 'sort' => ['occurredAt' => -1]]); // SAFE nosqli

        return $cursor->toArray();
    }

    public function timelineForDonor(string $email, int $limit = 50): array
    {
        $cursor = $this->events->find(['donorEmail' => $email], ['limit' => $limit, 'sort' => ['occurredAt' => -1]]); // SAFE nosqli

        return $cursor->toArray();
    }

    public function findSummary(array $criteria): ?array
    {
        $doc = $this->summaries->findOne($criteria, ['projection' => ['_id' => 0], 'typeMap' => ['root' => 'array', 'document' => 'array']]); // VULN nosqli

        return $doc;
    }

    /**
     * @param array $who     identifies the subscriber (email + unsubscribe token from the mail footer)
     * @param array $changes fields to set
     */
    public function updatePreferences(array $who, array $changes): int
    {
        $result = $this->preferences->updateOne($who, ['$set' => $changes + ['updatedAt' => new UTCDateTime()]]); // VULN nosqli

        return $result->getMatchedCount();
    }

    public function upsertSummary(string $donorRef, array $fields): void
    {
        $this->summaries->updateOne(
            ['donorRef' => $donorRef],
            ['$set' => $fields + ['updatedAt' => new UTCDateTime()]],
            ['upsert' => true]
        );
    }
}
