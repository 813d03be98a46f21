<?php

namespace App\Repositories;

use MongoDB\BSON\ObjectId;
use MongoDB\BSON\UTCDateTime;
use MongoDB\Client;
use MongoDB\Collection;

class VoucherRepository
{
    private Collection $collection;

    public function __construct(Client $client)
    {
        $this->collection = $client->selectCollection('saucier', 'vouchers');
    }

    public function findRedeemable($code): ?array
    {
        $doc = $this->collection->findOne([ // VULN nosqli
            'code' => $code,
            'redeemed_by' => null,
            'expires_at' => ['$gt' => new UTCDateTime()],
        ]);

        return $doc ? (array) $doc : null;
    }

    public function markRedeemed(ObjectId $id, int $userId): void
    {
        $this->collection->updateOne(
            ['_id' => $id],
            ['$set' => ['redeemed_by' => $userId, 'redeemed_at' => new UTCDateTime()]]
        );
    }
}
