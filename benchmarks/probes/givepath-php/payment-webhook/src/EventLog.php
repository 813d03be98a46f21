<?php

declare(strict_types=1);

namespace Givepath\Webhook;

use MongoDB\BSON\UTCDateTime;
use MongoDB\Client;
use MongoDB\Collection;

/**
 * Raw copy of every delivery, used for idempotency and for replaying during incidents.
 */
final class EventLog
{
    private Collection $events;

    public function __construct(Client $client, string $database)
    {
        $this->events = $client->selectCollection($database, 'paystream_events');
    }

    public function alreadyProcessed(string $eventId): bool
    {
        return $this->events->findOne(['eventId' => $eventId, 'processed' => true]) !== null; // SAFE nosqli
    }

    public function store(string $eventId, string $type, array $payload): void
    {
        $this->events->updateOne(
            ['eventId' => $eventId],
            ['$setOnInsert' => ['type' => $type, 'payload' => $payload, 'receivedAt' => new UTCDateTime()]],
            ['upsert' => true]
        );
    }

    public function markProcessed(string $eventId): void
    {
        $this->events->updateOne(['eventId' => $eventId], ['$set' => ['processed' => true, 'processedAt' => new UTCDateTime()]]);
    }
}
