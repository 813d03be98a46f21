<?php

namespace Tempo\Api\Infrastructure;

use MongoDB\Collection;

final class MongoRentalStore
{
    private const PROJECTION = ['_id' => 0, 'rental_id' => 1, 'instrument' => 1, 'serial' => 1, 'student' => 1, 'condition' => 1, 'due_on' => 1];

    public function __construct(private readonly Collection $rentals) {}

    /** Partner shops confirm a rental before servicing an instrument: serial + renter's last name. */
    public function findBySerial(mixed $serial, mixed $lastName): array
    {
        $filter = ['serial' => $serial, 'student.last_name' => $lastName, 'returned_at' => null];

        return $this->rentals->find($filter, ['projection' => self::PROJECTION, 'limit' => 20])->toArray(); // VULN nosqli
    }

    public function overdue(): array
    {
        return $this->rentals->find(['$where' => 'this.returned_at == null && this.due_on < new Date()'], ['projection' => self::PROJECTION])->toArray(); // SAFE nosqli
    }
}
