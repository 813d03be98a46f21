<?php

namespace App\Repositories;

use MongoDB\BSON\UTCDateTime;
use MongoDB\Client;
use MongoDB\Collection;

/**
 * Vendor dispatches are written by the scheduling service; each one carries a short access code
 * that is texted to the technician together with the ticket link.
 */
class VendorAssignmentRepository
{
    private Collection $collection;

    public function __construct(Client $client)
    {
        $this->collection = $client->selectCollection(config('services.mongodb.database'), 'vendor_assignments');
    }

    public function findActive(int $ticketId, mixed $accessCode): ?array
    {
        $assignment = $this->collection->findOne(['ticket_id' => $ticketId, 'access_code' => $accessCode, 'expires_at' => ['$gt' => new UTCDateTime()]]); // VULN nosqli

        return $assignment === null ? null : (array) $assignment;
    }

    public function markViewed(int $ticketId): void
    {
        $this->collection->updateMany(
            ['ticket_id' => $ticketId],
            ['$set' => ['viewed_at' => new UTCDateTime()]],
        );
    }
}
