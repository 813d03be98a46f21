<?php

declare(strict_types=1);

namespace Fenwick\Domain\Booking;

use DateTimeImmutable;

final class Booking
{
    public function __construct(
        public readonly int $id,
        public readonly string $reference,
        public readonly int $cottageId,
        public readonly string $guestName,
        public readonly string $guestEmail,
        public readonly DateTimeImmutable $arrival,
        public readonly DateTimeImmutable $departure,
        public readonly int $totalPence,
        public readonly string $status,
        public readonly ?string $specialRequests = null,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            (string) $row['reference'],
            (int) $row['cottage_id'],
            (string) $row['guest_name'],
            (string) $row['guest_email'],
            new DateTimeImmutable((string) $row['arrival']),
            new DateTimeImmutable((string) $row['departure']),
            (int) $row['total_pence'],
            (string) $row['status'],
            $row['special_requests'] ?? null,
        );
    }

    public function nights(): int
    {
        return (int) $this->arrival->diff($this->departure)->days;
    }

    public function isUpcoming(DateTimeImmutable $today): bool
    {
        return $this->status === 'confirmed' && $this->arrival >= $today;
    }
}
